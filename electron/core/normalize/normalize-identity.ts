import type { IdentityField, NormalizeContext, NormalizeOutcome } from './outcome';
import { invalid, quote } from './outcome';
import { isSha256Hex } from './hash';
import { normalizeEmail } from './email';
import { normalizePhone } from './phone';
import { normalizeName } from './name';
import { normalizeGender } from './gender';
import { normalizeBirthDate } from './birth-date';
import { normalizeCity } from './city';
import { normalizeState } from './state';
import { normalizeZip } from './zip';
import { normalizeCountry } from './country';
import { normalizePlainId } from './plain-id';

export type { IdentityField, NormalizeContext, NormalizeOutcome, NormalizeWarning } from './outcome';

type Normalizer = (raw: string, ctx: NormalizeContext) => NormalizeOutcome;

const BY_FIELD: Record<IdentityField, Normalizer> = {
  em: normalizeEmail,
  ph: normalizePhone,
  fn: normalizeName,
  ln: normalizeName,
  ge: normalizeGender,
  db: normalizeBirthDate,
  ct: normalizeCity,
  st: normalizeState,
  zp: normalizeZip,
  country: normalizeCountry,
  external_id: normalizePlainId,
  hashed_maids: normalizePlainId,
};

/**
 * Normalizes one cell for a hashed user_data field (rules: ./RULES.md, PINTEREST-NOTES §10).
 * A 64-hex value is taken as already hashed ('prehashed', lowercased) and never hashed
 * again, as Pinterest's own GTM template does. Never throws; idempotent on 'value' results.
 */
export function normalizeIdentity(field: IdentityField, raw: string, ctx: NormalizeContext = {}): NormalizeOutcome {
  const t = raw.length >= 64 ? raw.trim() : raw;
  if (isSha256Hex(t)) return { kind: 'prehashed', value: t.toLowerCase() };
  if (ctx.expectHashed) {
    if (t.trim() === '') return { kind: 'empty' };
    return invalid('not_sha256', `${quote(raw)} is not a SHA-256 hash, but the column is marked as already hashed.`);
  }
  return BY_FIELD[field](raw, ctx);
}
