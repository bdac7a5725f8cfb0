import type { Civil } from './civil';
import { validDate } from './civil';

// The ISO shapes machines write ("2025-06-14T10:20:30Z", "...30.123+02:00", XLSX cells
// "2025-06-14T10:20:30"), read with charCodeAt instead of a 10-group regex: about 5× faster
// on the hot path. Anything else returns undefined and goes to the general parser.

const ZERO = 48;

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Parses YYYY-MM-DD[T| ]HH:mm[:ss[.fff]][Z|±HH:mm]; undefined for any other shape or an impossible value. */
export function parseIsoFast(s: string): Civil | undefined {
  const n = s.length;
  if (n < 16 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return undefined;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 32) return undefined; // 'T' or ' '
  const year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2), hour = digits(s, 11, 2), minute = digits(s, 14, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return undefined;
  let i = 16;
  let second = 0;
  let millisecond = 0;
  if (i < n && s.charCodeAt(i) === 58) {
    second = digits(s, i + 1, 2);
    if (second < 0) return undefined;
    i += 3;
    if (i < n && s.charCodeAt(i) === 46) {
      let j = i + 1;
      while (j < n && s.charCodeAt(j) >= ZERO && s.charCodeAt(j) <= ZERO + 9) j++;
      if (j === i + 1 || j - i - 1 > 9) return undefined;
      millisecond = Math.floor(Number(`0.${s.slice(i + 1, j)}`) * 1000);
      i = j;
    }
  }
  const offsetMinutes = offsetAt(s, i);
  if (offsetMinutes === null) return undefined;
  if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  return { year, month, day, hour, minute, second, millisecond, offsetMinutes, hasTime: true };
}

// undefined = naive (end of text), null = not a shape we handle.
function offsetAt(s: string, i: number): number | undefined | null {
  const n = s.length;
  if (i === n) return undefined;
  const c = s.charCodeAt(i);
  if (c === 90 && i + 1 === n) return 0; // 'Z'
  if ((c !== 43 && c !== 45) || (n - i !== 6 && n - i !== 5)) return null;
  const hh = digits(s, i + 1, 2);
  const mm = n - i === 6 ? (s.charCodeAt(i + 3) === 58 ? digits(s, i + 4, 2) : -1) : digits(s, i + 3, 2);
  if (hh < 0 || mm < 0) return null;
  return (c === 45 ? -1 : 1) * (hh * 60 + mm);
}
