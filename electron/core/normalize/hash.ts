import type { Hasher } from '../ports';
import type { NormalizeOutcome } from './outcome';

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/** True when the text (already trimmed) is a SHA-256 hex digest, in either case. */
export function isSha256Hex(s: string): boolean {
  return s.length === 64 && SHA256_HEX.test(s);
}

/** SHA-256 hex of a normalized value (the hasher gets the UTF-8 string as is). */
export function hashNormalized(value: string, hasher: Hasher): string {
  return hasher(value);
}

/** The hash to send for an outcome: hashed value, pre-hashed pass-through, or undefined. */
export function hashOutcome(outcome: NormalizeOutcome, hasher: Hasher): string | undefined {
  if (outcome.kind === 'value') return hasher(outcome.value);
  if (outcome.kind === 'prehashed') return outcome.value;
  return undefined;
}
