import type { Hasher } from '../ports';

// The one place where mapping reaches the normalize, time and values modules. Until those land,
// minimal stand-ins with the same contract keep mapping testable; they are replaced by
// re-exports (and only this file changes) when the real modules arrive.

/** Outcome of normalizing one identity value. */
export type IdentityResult =
  | { kind: 'value'; value: string; warning?: string }
  | { kind: 'empty' }
  | { kind: 'prehashed'; value: string }
  | { kind: 'invalid'; code: string; message: string };

const hex64 = /^[0-9a-fA-F]{64}$/;

/** True for a SHA-256 hex digest (any case). */
export function isSha256Hex(text: string): boolean {
  return hex64.test(text);
}

/** Normalizes one raw identity value of a user_data field (short name: em, ph, fn...). */
export function normalizeIdentity(field: string, raw: string, _opts: { defaultCountry?: string }): IdentityResult {
  const text = raw.normalize('NFC').trim();
  if (text === '') return { kind: 'empty' };
  if (isSha256Hex(text)) return { kind: 'prehashed', value: text.toLowerCase() };
  const lower = text.toLowerCase();
  if (field === 'em') {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(lower)) return { kind: 'invalid', code: 'email-invalid', message: `'${raw}' is not an email address.` };
    return { kind: 'value', value: lower };
  }
  if (field === 'ph') {
    const digits = lower.replace(/\D/g, '').replace(/^0+/, '');
    if (digits.length < 7) return { kind: 'invalid', code: 'phone-too-short', message: `Phone '${raw}' is too short.` };
    return { kind: 'value', value: digits };
  }
  if (field === 'ct') return { kind: 'value', value: lower.replace(/[^\p{L}\p{N}]/gu, '') };
  if (field === 'zp') return { kind: 'value', value: lower.replace(/[\s-]/g, '') };
  return { kind: 'value', value: lower };
}

/** SHA-256 hex of a normalized value. */
export function hashNormalized(value: string, hasher: Hasher): string {
  return hasher(value);
}

/** Outcome of parsing a cell into an event time. */
export type TimeResult = { ok: true; seconds: number; warning?: string } | { ok: false; code: string; message: string };

/** Parses a date-time cell into Unix seconds (naive times in `timezone`). */
export function parseEventTime(raw: string, opts: { format?: string; timezone: string; now: number }): TimeResult {
  const text = raw.trim();
  if (/^\d{10}$/.test(text)) return { ok: true, seconds: Number(text) };
  if (/^\d{13}$/.test(text)) return { ok: true, seconds: Math.floor(Number(text) / 1000), warning: 'milliseconds' };
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return { ok: false, code: 'time-invalid', message: `'${raw}' is not a date and time.` };
  void opts;
  return { ok: true, seconds: Math.floor(ms / 1000) };
}

/** Checks an event time against Pinterest's window; null when it is fine. */
export function checkEventWindow(seconds: number, now: number, maxAgeDays: number): { code: string; message: string } | null {
  const nowSeconds = Math.floor(now / 1000);
  if (seconds > nowSeconds + 60) return { code: 'time-future', message: 'The time is in the future.' };
  if (seconds < nowSeconds - maxAgeDays * 86400) return { code: 'time-too-old', message: `The time is older than ${maxAgeDays} days.` };
  return null;
}

/** Outcome of parsing a value cell. */
export type ValueResult<T> = { ok: true; value: T; warning?: string } | { ok: false; code: string; message: string };

/** Parses an amount ("1.234,50 €") into a plain decimal string. */
export function parseMoney(raw: string, opts: { decimal?: '.' | ',' }): ValueResult<string> {
  let text = raw.replace(/[^\d.,-]/g, '');
  if (opts.decimal === ',') text = text.replace(/\./g, '').replace(',', '.');
  else text = text.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return { ok: false, code: 'money-invalid', message: `'${raw}' is not an amount.` };
  return { ok: true, value: String(Number(text)) };
}

/** Parses a currency code or symbol into ISO 4217. */
export function parseCurrency(raw: string): ValueResult<string> {
  const text = raw.trim().toUpperCase();
  const symbols: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
  const code = symbols[text] ?? text;
  if (!/^[A-Z]{3}$/.test(code)) return { ok: false, code: 'currency-invalid', message: `'${raw}' is not a currency code.` };
  return { ok: true, value: code };
}

/** Parses a whole number. */
export function parseInteger(raw: string): ValueResult<number> {
  const text = raw.trim().replace(/\.0+$/, '');
  if (!/^-?\d+$/.test(text)) return { ok: false, code: 'integer-invalid', message: `'${raw}' is not a whole number.` };
  return { ok: true, value: Number(text) };
}

/** Parses yes/no style cells. */
export function parseBoolean(raw: string): ValueResult<boolean> {
  const text = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'y', 'ja', 'oui', 'si', 'sí'].includes(text)) return { ok: true, value: true };
  if (['false', 'no', '0', 'n', 'nein', 'non'].includes(text)) return { ok: true, value: false };
  return { ok: false, code: 'boolean-invalid', message: `'${raw}' is not yes or no.` };
}
