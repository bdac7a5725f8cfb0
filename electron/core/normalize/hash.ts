import type { Hasher } from '../ports';
import type { NormalizeOutcome } from './outcome';

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/** True when the text (already trimmed) is a SHA-256 hex digest, in either case. */
export function isSha256Hex(s: string): boolean {
  return s.length === 64 && SHA256_HEX.test(s);
}

// The form Pinterest requires of a hash (tested by events' strict check): a table look-up per character is
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

/** SHA-256 hex of a normalized value (the hasher gets the UTF-8 string as is). */
export function hashNormalized(value: string, hasher: Hasher): string {
  return hasher(value);
}

// SHA-256 test vectors: the empty string, and text beyond ASCII (the hasher must hash UTF-8).
const vectors: ReadonlyArray<readonly [string, string]> = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['müller', '2dbd218072117713f2d5996a726a9b216ed791ffd0783b6ba4ab6d61b8333192'],
];

/**
 * Checks a hasher port once, before it hashes anything of a file: it must turn the vectors into
 * their SHA-256 in lowercase hex. A hasher that does is SHA-256 with hex output for every input,
 * so the hashes it makes need no second look (events check their hashes' shape only).
 */
export function assertSha256Hasher(hasher: Hasher): void {
  for (const [text, expected] of vectors) {
    if (hasher(text) !== expected) throw new Error('The hasher does not produce SHA-256 in lowercase hex.');
  }
}

/** The hash to send for an outcome: hashed value, pre-hashed pass-through, or undefined. */
export function hashOutcome(outcome: NormalizeOutcome, hasher: Hasher): string | undefined {
  if (outcome.kind === 'value') return hashNormalized(outcome.value, hasher);
  if (outcome.kind === 'prehashed') return outcome.value;
  return undefined;
}
