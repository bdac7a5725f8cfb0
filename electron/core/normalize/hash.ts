import type { Hasher } from '../ports';
import type { NormalizeOutcome } from './outcome';

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/** True when the text (already trimmed) is a SHA-256 hex digest, in either case. */
export function isSha256Hex(s: string): boolean {
  return s.length === 64 && SHA256_HEX.test(s);
}

// The form Pinterest requires of a hash, tested per hash made: a table look-up per character is
// about three times faster than the regular expression /^[0-9a-f]{64}$/ and accepts exactly the
// same strings. The table covers every UTF-16 code unit, so any character can be looked up.
const lowerHex = new Uint8Array(65536);
for (const c of '0123456789abcdef') lowerHex[c.charCodeAt(0)] = 1;

/** True when the value is exactly 64 lowercase hex characters (what Pinterest accepts). */
export function isLowerSha256Hex(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 64) return false;
  for (let i = 0; i < 64; i++) if (lowerHex[v.charCodeAt(i)] === 0) return false;
  return true;
}

/**
 * SHA-256 hex of a normalized value (the hasher gets the UTF-8 string as is). The hasher is a
 * port, so its answer is checked here, where each distinct value is hashed once (cells repeat
 * and are memoized): events can then take every hash in them as well-formed.
 */
export function hashNormalized(value: string, hasher: Hasher): string {
  const hash = hasher(value);
  if (!isLowerSha256Hex(hash)) throw new Error('The SHA-256 hasher returned something other than 64 lowercase hex characters.');
  return hash;
}

/** The hash to send for an outcome: hashed value, pre-hashed pass-through, or undefined. */
export function hashOutcome(outcome: NormalizeOutcome, hasher: Hasher): string | undefined {
  if (outcome.kind === 'value') return hashNormalized(outcome.value, hasher);
  if (outcome.kind === 'prehashed') return outcome.value;
  return undefined;
}
