import { cleanText, foldKey } from './text';
import type { NormalizeOutcome } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';
import { COUNTRY_ALIASES, ISO_ALPHA2 } from './country-data';

// Names in English and the main European languages come from the runtime's ICU data, so
// "Deutschland", "España", "Royaume-Uni" or "Polska" need no hand-kept table.
const NAME_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi', 'no', 'cs'];
let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  const m = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
  for (const lang of NAME_LANGUAGES) {
    let dn: Intl.DisplayNames;
    try {
      dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of ISO_ALPHA2) {
      const name = dn.of(code.toUpperCase());
      const key = name ? foldKey(name) : '';
      if (key.length > 2 && !m.has(key)) m.set(key, code);
    }
  }
  byName = m;
  return m;
}

const TWO_LETTERS = /^[A-Za-z]{2}$/;

/** ISO alpha-2 (lowercase) for a country code or name in a main European language, else undefined. */
export function toCountryCode(raw: string): string | undefined {
  const t = raw.trim();
  if (TWO_LETTERS.test(t)) {
    const c = t.toLowerCase();
    if (ISO_ALPHA2.has(c)) return c;
  }
  const key = foldKey(cleanText(raw));
  if (key.length === 2 && ISO_ALPHA2.has(key)) return key;
  return names().get(key);
}

/**
 * Rule for country: ISO 3166-1 alpha-2, lowercase ("United States" → "us", "Deutschland"
 * → "de", "UK" → "gb", "DEU" → "de"). Unknown names are invalid rather than guessed.
 */
export function normalizeCountry(raw: string): NormalizeOutcome {
  const code = toCountryCode(raw);
  if (code) return valueOf(code);
  if (cleanText(raw) === '') return EMPTY;
  return invalid('country_unknown', `${quote(raw)} is not a country we recognise; use a two-letter code such as DE or US.`);
}
