import type { DecimalSeparator } from './value-outcome';

/** A number split into its parts without floating point, so "1234.50" stays exact. */
export interface DecimalParts {
  negative: boolean;
  integer: string;
  fraction: string;
  /** True when the separator role had to be guessed ("1,234" without a hint). */
  guessed: boolean;
}

const GROUPED = { '.': /^\d{1,3}(?:\.\d{3})+$/, ',': /^\d{1,3}(?:,\d{3})+$/, "'": /^\d{1,3}(?:'\d{3})+$/ };

/**
 * Splits digits with separators ("1.234,50", "1,234.50", "72,39", "1 234,5", "1'234.50")
 * into integer and fraction. The last separator is the decimal one when both kinds occur;
 * a lone separator followed by exactly three digits is ambiguous and settled by `decimal`
 * (else taken as a thousands separator for ',' and decimal for '.', flagged as guessed).
 */
export function splitDecimal(body: string, decimal: DecimalSeparator | undefined): DecimalParts | undefined {
  const s = body.replace(/[\s\u00A0\u202F]/g, '');
  if (!/^[\d.,']+$/.test(s) || !/\d/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let dec: DecimalSeparator | undefined = decimal;
  let guessed = false;
  if (!dec) {
    if (lastDot >= 0 && lastComma >= 0) dec = lastDot > lastComma ? '.' : ',';
    else if (lastDot < 0 && lastComma < 0) dec = '.';
    else {
      const sep = lastDot >= 0 ? '.' : ',';
      const after = s.length - s.lastIndexOf(sep) - 1;
      const count = s.split(sep).length - 1;
      if (count > 1) dec = sep === '.' ? ',' : '.';
      else if (after !== 3 || /^0+[.,]/.test(s)) dec = sep;
      else {
        dec = '.'; // "1,234" → 1234 and "1.234" → 1.234: the common reading, flagged
        guessed = true;
      }
    }
  }
  return split(s, dec, guessed);
}

function split(s: string, dec: DecimalSeparator, guessed: boolean): DecimalParts | undefined {
  const at = s.lastIndexOf(dec);
  const intPart = at < 0 ? s : s.slice(0, at);
  const fraction = at < 0 ? '' : s.slice(at + 1);
  if (!/^\d*$/.test(fraction) || (at >= 0 && fraction === '')) return undefined;
  const group = dec === '.' ? ',' : '.';
  let integer = intPart;
  if (/\D/.test(intPart)) {
    const ok = GROUPED[group].test(intPart) || GROUPED["'"].test(intPart);
    if (!ok) return undefined;
    integer = intPart.replace(/\D/g, '');
  }
  if (integer === '' && fraction === '') return undefined;
  integer = integer.replace(/^0+(?=\d)/, '') || '0';
  return { negative: false, integer, fraction, guessed };
}
