import type { DecimalSeparator, ValueOutcome } from './value-outcome';
import { quoteCell } from './value-outcome';
import { splitDecimal } from './number-text';

/**
 * Parses a whole number for quantities and counts: "2", "2.0", "1,000" (with decimal '.'),
 * "1.000" (with decimal ','). Fractions other than zeros are invalid ("2.5 is not a whole
 * number"); negative counts are invalid too, since Pinterest counts items.
 */
export function parseInteger(raw: string, opts: { decimal?: DecimalSeparator } = {}): ValueOutcome<number> {
  const s = raw.trim();
  if (s === '') return { kind: 'empty' };
  if (/^\d{1,15}$/.test(s)) return { kind: 'value', value: Number(s) };
  if (/^[-−]/.test(s)) return { kind: 'invalid', code: 'integer_negative', message: `${quoteCell(raw)} is negative; a count must be 0 or more.` };
  const parts = splitDecimal(s.replace(/^\+/, ''), opts.decimal ?? '.');
  if (!parts) return { kind: 'invalid', code: 'integer_invalid', message: `${quoteCell(raw)} is not a number.` };
  if (/[1-9]/.test(parts.fraction)) {
    return { kind: 'invalid', code: 'integer_fraction', message: `${quoteCell(raw)} is not a whole number.` };
  }
  const value = Number(parts.integer);
  if (!Number.isSafeInteger(value)) return { kind: 'invalid', code: 'integer_too_large', message: `${quoteCell(raw)} is too large.` };
  return { kind: 'value', value };
}
