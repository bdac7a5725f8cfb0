// Hand-rolled parsing of calendar dates and wall-clock times. Regexes compiled once, no
// luxon per row: this runs a million times per file (issue 4, point 11).

/** A date and wall-clock time as written in a cell, with the offset if one was written. */
export interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC when the text carried 'Z' or an offset; undefined = naive. */
  offsetMinutes: number | undefined;
  hasTime: boolean;
}

/** Order of day and month in slash/dot/dash dates. */
export type DateOrder = 'DMY' | 'MDY';

/** Why a text is not a date the parser understands. */
export type CivilError = 'format' | 'range' | 'ambiguous';

/** A parsed civil date/time, or why not. */
export type CivilResult = { ok: true; civil: Civil; swappable: boolean } | { ok: false; error: CivilError };

const ISO = /^(\d{4})([-/]?)(\d{2})\2(\d{2})(?:(?:[T ]|, ?)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?:\s?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?$/i;
const LOCAL = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:(?:[T ]|, ?)+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,9}))?)?)?(?:\s*([ap])\.?\s?m\.?)?$/i;

/** Parses ISO-like (year first) or day/month/year text; `order` settles 3/4/2025. */
export function parseCivil(text: string, order?: DateOrder): CivilResult {
  // "6/14/2025", "14.06.2025": a separator within the first three characters means day/month first.
  const local = text.length > 2 && (isSep(text.charCodeAt(1)) || isSep(text.charCodeAt(2)));
  const iso = local ? null : ISO.exec(text);
  if (iso) return build(+iso[1]!, +iso[3]!, +iso[4]!, iso, 5, undefined, iso[9]);
  const m = LOCAL.exec(text);
  if (!m) return { ok: false, error: 'format' };
  const a = +m[1]!;
  const b = +m[3]!;
  const year = expandYear(m[4]!);
  const resolved = resolveOrder(a, b, m[2] === '.' ? 'DMY' : order);
  if (resolved === 'ambiguous') return { ok: false, error: 'ambiguous' };
  const [day, month] = resolved === 'DMY' ? [a, b] : [b, a];
  const r = build(year, month, day, m, 5, m[9], undefined);
  return r.ok ? { ok: true, civil: r.civil, swappable: a !== b && a <= 12 && b <= 12 } : r;
}

function isSep(c: number): boolean {
  return c === 47 || c === 46 || c === 45; // '/', '.', '-'
}

/** Two-digit years follow Excel's rule: 00-29 → 2000s, 30-99 → 1900s. */
export function expandYear(y: string): number {
  const n = +y;
  return y.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

function resolveOrder(a: number, b: number, order: DateOrder | undefined): DateOrder | 'ambiguous' {
  if (a > 12 && b <= 12) return 'DMY';
  if (b > 12 && a <= 12) return 'MDY';
  if (a === b) return 'DMY';
  return order ?? 'ambiguous';
}

function build(
  year: number, month: number, day: number, m: RegExpExecArray, at: number,
  meridiem: string | undefined, zone: string | undefined,
): CivilResult {
  const hasTime = m[at] !== undefined;
  let hour = hasTime ? +m[at]! : 0;
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, error: 'range' };
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  const minute = hasTime ? +m[at + 1]! : 0;
  const second = m[at + 2] ? +m[at + 2]! : 0;
  const millisecond = m[at + 3] ? Math.floor(+`0.${m[at + 3]}` * 1000) : 0;
  const offsetMinutes = zone === undefined ? undefined : parseOffset(zone);
  if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, error: 'range' };
  }
  return { ok: true, swappable: false, civil: { year, month, day, hour, minute, second, millisecond, offsetMinutes, hasTime } };
}

function parseOffset(z: string): number {
  if (!/\d/.test(z)) return 0; // Z, UTC, GMT
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  return sign * (+digits.slice(0, 2) * 60 + (digits.length > 2 ? +digits.slice(2, 4) : 0));
}

/** True for a real calendar date (leap years included) between years 1000 and 9999. */
export function validDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
