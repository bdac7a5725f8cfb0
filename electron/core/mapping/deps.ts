import type { IdentityField } from '../normalize/outcome';
import { normalizeIdentity as normalizeIdentityCell } from '../normalize/normalize-identity';
import { checkEventWindow as checkWindow } from '../time/event-window';
import { parseEventTime as parseTime } from '../time/parse-event-time';
import { parseBoolean as parseBool } from '../values/boolean';
import { parseCurrency as parseCurrencyCell } from '../values/currency';
import { parseInteger as parseInt } from '../values/integer';
import { parseMoney as parseMoneyCell } from '../values/money';
import type { ValueOutcome } from '../values/value-outcome';

// The one place where mapping reaches the normalize, time and values modules, adapting their
// outcomes to the small shapes the converters use. Messages quote cells: preview only.

export { assertSha256Hasher, hashNormalized, isLowerSha256Hex, isSha256Hex } from '../normalize/hash';

/** Outcome of normalizing one identity value. */
export type IdentityResult =
  | { kind: 'value'; value: string; warning?: string }
  | { kind: 'empty' }
  | { kind: 'prehashed'; value: string }
  | { kind: 'invalid'; code: string; message: string };

/** Normalizes one raw identity value of a user_data field (short name: em, ph, fn...). */
export function normalizeIdentity(field: string, raw: string, opts: { defaultCountry?: string; dateOrder?: 'DMY' | 'MDY' }): IdentityResult {
  const outcome = normalizeIdentityCell(field as IdentityField, raw, opts);
  if (outcome.kind === 'value' && outcome.warning) return { kind: 'value', value: outcome.value, warning: outcome.warning.message };
  return outcome as IdentityResult; // same shape without a warning: no copy on the hot path
}

/** Outcome of parsing a cell into an event time. */
export type TimeResult = { ok: true; seconds: number; warning?: string } | { ok: false; code: string; message: string };

/** Parses a date-time cell into Unix seconds (naive times in `timezone`). */
export function parseEventTime(raw: string, opts: { format?: string; timezone: string; now: number }): TimeResult {
  const r = parseTime(raw, opts);
  if (r.kind === 'invalid') return { ok: false, code: r.code, message: r.message };
  return r.warning ? { ok: true, seconds: r.seconds, warning: r.warning.message } : { ok: true, seconds: r.seconds };
}

/** Checks an event time against the accepted window: an error, a warning, or null when fine. */
export function checkEventWindow(seconds: number, now: number, maxAgeDays: number, timezone: string): { severity: 'error' | 'warning'; code: string; message: string } | null {
  const r = checkWindow(seconds, now, maxAgeDays, { timezone });
  if (r.kind !== 'ok') return { severity: 'error', code: r.code, message: r.message };
  return r.warning ? { severity: 'warning', ...r.warning } : null;
}

/** Outcome of parsing a value cell. */
export type ValueResult<T> = { ok: true; value: T; warning?: string } | { ok: false; code: string; message: string };

function adapt<T>(r: ValueOutcome<T>, raw: string): ValueResult<T> {
  if (r.kind === 'empty') return { ok: false, code: 'empty', message: `'${raw}' is empty.` };
  if (r.kind === 'invalid') return { ok: false, code: r.code, message: r.message };
  return r.warning ? { ok: true, value: r.value, warning: r.warning.message } : { ok: true, value: r.value };
}

/** Parses an amount ("1.234,50 €") into a plain decimal string, with the currency it names if any. */
export function parseMoney(raw: string, opts: { decimal?: '.' | ',' }): ValueResult<{ amount: string; currency?: string }> {
  return adapt(parseMoneyCell(raw, opts), raw);
}

/** Parses a currency code or symbol into ISO 4217. */
export function parseCurrency(raw: string): ValueResult<string> {
  const r = parseCurrencyCell(raw);
  if (r.kind === 'ambiguous') return { ok: false, code: 'currency_ambiguous', message: r.message };
  return adapt(r, raw);
}

/** Parses a whole number. */
export function parseInteger(raw: string, opts: { decimal?: '.' | ',' } = {}): ValueResult<number> {
  return adapt(parseInt(raw, opts), raw);
}

/** Parses yes/no style cells. */
export function parseBoolean(raw: string): ValueResult<boolean> {
  return adapt(parseBool(raw), raw);
}
