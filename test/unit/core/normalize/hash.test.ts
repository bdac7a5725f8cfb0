import { fc, test } from '@fast-check/vitest';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertSha256Hasher, hashNormalized, isLowerSha256Hex } from '../../../../electron/core/normalize/hash';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('assertSha256Hasher', () => {
  it('accepts SHA-256 of the UTF-8 bytes in lowercase hex', () => {
    expect(() => assertSha256Hasher(sha256)).not.toThrow();
    expect(hashNormalized('jane@example.com', sha256)).toBe(sha256('jane@example.com'));
  });

  it('refuses a hasher of any other algorithm, encoding or case, so events can trust their hashes', () => {
    const refused = /SHA-256 in lowercase hex/;
    expect(() => assertSha256Hasher((t) => sha256(t).toUpperCase())).toThrow(refused);
    expect(() => assertSha256Hasher((t) => createHash('sha256').update(t, 'utf8').digest('base64'))).toThrow(refused);
    expect(() => assertSha256Hasher((t) => createHash('sha256').update(t, 'latin1').digest('hex'))).toThrow(refused);
    expect(() => assertSha256Hasher((t) => createHash('sha512').update(t, 'utf8').digest('hex').slice(0, 64))).toThrow(refused);
    expect(() => assertSha256Hasher((t) => t)).toThrow(refused);
  });
});

describe('isLowerSha256Hex', () => {
  test.prop([fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-fA-F]{63,65}$/), fc.stringMatching(/^[0-9a-f]{64}$/), fc.integer())])('agrees with the pattern', (value) => {
    expect(isLowerSha256Hex(value)).toBe(typeof value === 'string' && /^[0-9a-f]{64}$/.test(value));
  });
});
