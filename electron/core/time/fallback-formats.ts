import { DateTime } from 'luxon';

// Rare spellings, tried only after every fast parser failed (so only bad rows pay luxon's
// ~20 µs): RFC 2822 / e-mail dates, HTTP dates, and English month-name dates.
const MONTH_NAME_FORMATS = [
  'MMMM d, yyyy h:mm a', 'MMM d, yyyy h:mm a', 'MMMM d, yyyy H:mm', 'MMM d, yyyy H:mm', 'MMMM d, yyyy', 'MMM d, yyyy',
  'd MMMM yyyy HH:mm', 'd MMM yyyy HH:mm', 'd MMMM yyyy', 'd MMM yyyy', 'EEE MMM d yyyy HH:mm:ss',
];

/** Unix ms of a date in a rare spelling (naive ones in `zone`), and whether it had a time; else undefined. */
export function parseFallback(text: string, zone: string): { ms: number; hasTime: boolean } | undefined {
  const strict = DateTime.fromRFC2822(text, { zone });
  if (strict.isValid) return { ms: strict.toMillis(), hasTime: true };
  const http = DateTime.fromHTTP(text, { zone });
  if (http.isValid) return { ms: http.toMillis(), hasTime: true };
  const cleaned = text.replace(/\s+/g, ' ').replace(/(\d)(st|nd|rd|th)\b/i, '$1');
  for (const f of MONTH_NAME_FORMATS) {
    const d = DateTime.fromFormat(cleaned, f, { zone, locale: 'en-US' });
    if (d.isValid) return { ms: d.toMillis(), hasTime: /[Hh]/.test(f) };
  }
  return undefined;
}
