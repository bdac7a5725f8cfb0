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
import { BoundedMemo } from './memo';

/** Re-exported so callers need only this module. */
export type { IdentityField, NormalizeContext, NormalizeOutcome, NormalizeWarning } from './outcome';

type Normalizer = (raw: string, ctx: NormalizeContext) => NormalizeOutcome;

/**
 * Cities, states, countries and genders repeat across a file (a few thousand distinct values
 * in a million rows), so their outcomes are memoized per default country. Outcomes are
 * therefore shared objects: callers must treat them as read-only.
 */
function memoized(fn: Normalizer): Normalizer {
  const byCountry = new Map<string, BoundedMemo<NormalizeOutcome>>();
  return (raw, ctx) => {
    const key = ctx.defaultCountry ?? '';
    let memo = byCountry.get(key);
    if (!memo) {
      memo = new BoundedMemo<NormalizeOutcome>(5_000);
      byCountry.set(key, memo);
    }
    return memo.get(raw, () => freeze(fn(raw, ctx)));
  };
}

function freeze(o: NormalizeOutcome): NormalizeOutcome {
  if (o.kind === 'value' && o.warning) Object.freeze(o.warning);
  return Object.freeze(o);
}

const BY_FIELD: Record<IdentityField, Normalizer> = {
  em: normalizeEmail,
  ph: normalizePhone,
  fn: normalizeName,
  ln: normalizeName,
  ge: memoized(normalizeGender),
  db: normalizeBirthDate,
  ct: memoized(normalizeCity),
  st: memoized(normalizeState),
  zp: normalizeZip,
  country: memoized(normalizeCountry),
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
