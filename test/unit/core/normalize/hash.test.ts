import { fc, test } from '@fast-check/vitest';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashNormalized, isLowerSha256Hex } from '../../../../electron/core/normalize/hash';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('hashNormalized', () => {
  it('returns the hasher answer when it is 64 lowercase hex characters', () => {
    expect(hashNormalized('jane@example.com', sha256)).toBe(sha256('jane@example.com'));
  });

  it('refuses a hasher answer of any other form, so events can trust their hashes', () => {
    expect(() => hashNormalized('x', (t) => sha256(t).toUpperCase())).toThrow(/64 lowercase hex/);
    expect(() => hashNormalized('x', () => 'not a hash')).toThrow(/64 lowercase hex/);
    expect(() => hashNormalized('x', (t) => `${sha256(t).slice(0, 63)}g`)).toThrow(/64 lowercase hex/);
  });
});

describe('isLowerSha256Hex', () => {
  test.prop([fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-fA-F]{63,65}$/), fc.stringMatching(/^[0-9a-f]{64}$/), fc.integer())])('agrees with the pattern', (value) => {
    expect(isLowerSha256Hex(value)).toBe(typeof value === 'string' && /^[0-9a-f]{64}$/.test(value));
  });
});
