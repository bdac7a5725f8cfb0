// The result of normalizing one cell. Privacy contract (PRIV-03, PRIV-06):
// - `message` is for the preview only. It quotes the cell ("'0171 234' is too short for
//   Germany") because the user needs to see exactly which value is wrong, so it may hold
//   personal data and must NEVER be written to disk, logs, journals or reports.
// - `code` never holds a value. Anything persisted uses `code` plus row/column/field.

/** The hashed user_data fields the normalizers know. */
export type IdentityField =
  | 'em' | 'ph' | 'fn' | 'ln' | 'ge' | 'db' | 'ct' | 'st' | 'zp' | 'country' | 'external_id' | 'hashed_maids';

/** Every IdentityField, in the order the spec lists matching strength (strongest first). */
export const IDENTITY_FIELDS: readonly IdentityField[] = [
  'em', 'hashed_maids', 'ph', 'external_id', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country',
];

/** A problem that does not stop the value from being sent (preview-only message, see file note). */
export interface NormalizeWarning {
  code: string;
  message: string;
}

/** Outcome of one normalizer: a value to hash, nothing, an already-hashed value, or an error. */
export type NormalizeOutcome =
  | { kind: 'value'; value: string; warning?: NormalizeWarning }
  | { kind: 'empty' }
  | { kind: 'prehashed'; value: string }
  | { kind: 'invalid'; code: string; message: string };

/** Context shared by the identity normalizers. */
export interface NormalizeContext {
  /** ISO 3166 alpha-2 (any case) used for national phone numbers, zip and state rules. */
  defaultCountry?: string;
  /** Day/month order for slash dates in `db` (from detectDateOrder on the column). */
  dateOrder?: 'DMY' | 'MDY';
  /** The column is marked "already SHA-256": anything that is not 64 hex is invalid. */
  expectHashed?: boolean;
}

/** The one shared empty outcome (no allocation per blank cell). */
export const EMPTY: NormalizeOutcome = Object.freeze({ kind: 'empty' });

/** Builds a value outcome. */
export function valueOf(value: string, warning?: NormalizeWarning): NormalizeOutcome {
  return warning ? { kind: 'value', value, warning } : { kind: 'value', value };
}

/** Builds an invalid outcome. */
export function invalid(code: string, message: string): NormalizeOutcome {
  return { kind: 'invalid', code, message };
}

/** Quotes a cell for a preview message, shortened so a huge cell cannot flood the UI. */
export function quote(raw: string): string {
  const s = raw.trim();
  return `'${s.length > 60 ? `${s.slice(0, 57)}...` : s}'`;
}
