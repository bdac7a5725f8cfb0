import { describe, expect, it } from 'vitest';
import { nodeHasher } from '../../../../electron/app/adapters/node-hasher';
import type { IdentityField, NormalizeContext } from '../../../../electron/core/normalize/normalize-identity';
import { normalizeIdentity } from '../../../../electron/core/normalize/normalize-identity';
import { hashNormalized, hashOutcome } from '../../../../electron/core/normalize/hash';

// PINTEREST-NOTES §14: input → normalized → SHA-256, every row, with the real Node hasher.
type Vector = [source: string, field: IdentityField, input: string, normalized: string, sha256: string, ctx?: NormalizeContext];
const US = { defaultCountry: 'US' };
const VECTORS: Vector[] = [
  ['Meta', 'em', 'John_Smith@gmail.com', 'john_smith@gmail.com', '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f'],
  ['Meta', 'ph', '(650)555-1212', '16505551212', 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176', US],
  ['Meta', 'fn', 'Mary', 'mary', '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec'],
  ['Meta', 'fn', '정', '정', '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14'],
  ['Meta', 'fn', 'Val\u00e9ry', 'val\u00e9ry', '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'],
  ['Meta NFD input', 'fn', 'Vale\u0301ry', 'val\u00e9ry', '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'],
  ['Meta', 'db', '2/16/1997', '19970216', '01acdbf6ec7b4f478a225f1a246e5d6767eeab1a7ffa17f025265b5b94f40f0c', US],
  ['Meta', 'country', 'United States', 'us', '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621'],
  ['Segment', 'em', 'test@gmail.com', 'test@gmail.com', '87924606b4131a8aceeeae8868531fbb9712aaa07a5d3a756b26ce0f5d6ca674'],
  ['Segment', 'fn', 'Gaurav', 'gaurav', '44104fcaef8476724152090d6d7bd9afa8ca5b385f6a99d3c6cf36b943b9872d'],
  ['Segment', 'ln', 'test', 'test', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  ['Segment', 'ge', 'male', 'm', '62c66a7a5dd70c3146618063c344e531e6d4b59e379808443ce962b3abd63c5a'],
  ['Segment', 'ct', 'asd', 'asd', '688787d8ff144c502c7f5cffaafe2cc588d86079f9de88304c26b0cb99ce91c6'],
  ['Segment', 'st', 'CA', 'ca', '6959097001d10501ac7d54c0bdb8db61420f658f2922cc26e46d536119a31126'],
  ['Segment', 'zp', '123456', '123456', '8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92'],
  ['Segment', 'country', 'US', 'us', '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621'],
  ['Segment', 'external_id', 'test_external_id', 'test_external_id', '74a6a35e39c525dcf6fd98ba90e79eb3c4358df1ae204e9489d51e6946485b2b'],
  ['Segment', 'hashed_maids', 'test123123', 'test123123', 'f4c2178860817a2c25d2cb3185aa25779b0ecaf17c30845926218e17a18a9f89'],
  ['Snap', 'ph', '+44 844 412 4653', '448444124653', 'dc008fda46e2e64002cf2f82a4906236282d431c4f75e5b60bfe79fc48546383'],
  ['Snap', 'em', 'Person@Example.com', 'person@example.com', '542d240129883c019e106e3b1b2d3f3cb3537c43c425364de8e951d5a3083345'],
  ['Snap', 'fn', 'John', 'john', '96d9632f363564cc3032521409cf22a852f2032eec099ed5967c0d000cec607a'],
  ['Pinterest GTM', 'em', 'FOO@BAR.com', 'foo@bar.com', '0c7e6a405862e402eb76a70f8a26fc732d07c32931e9fae9ab1582911d2e8a3b'],
  ['Meta PHP rule', 'ct', 'Menlo Park', 'menlopark', '0007a3d64c01e23d5075203c5977c14e4f7e01a3fc570686fcc50b5e1dd42685'],
  ['computed', 'zp', '94025', '94025', 'b9a9cf3cd3723a2e91b7c23ecf68456e872b6e5d86e5cab7f3d45a7302da32c7'],
  ['computed', 'ge', 'F', 'f', '252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111'],
];

describe('PINTEREST-NOTES §14 vectors (ING-11)', () => {
  it.each(VECTORS)('%s %s %j → %j', (_source, field, input, normalized, sha256, ctx) => {
    const out = normalizeIdentity(field, input, ctx ?? {});
    expect(out).toMatchObject({ kind: 'value', value: normalized });
    expect(hashOutcome(out, nodeHasher)).toBe(sha256);
    expect(hashNormalized(normalized, nodeHasher)).toBe(sha256);
  });

  it('NFD input hashes differently unless normalized to NFC first (why NFC matters)', () => {
    expect(nodeHasher('vale\u0301ry')).toBe('0aac459e98cd41b938bef8bd61c205563f95c46cf2e6d3c8ff1a9312f3924cce');
    expect(normalizeIdentity('fn', 'Vale\u0301ry', {})).toEqual({ kind: 'value', value: 'val\u00e9ry' });
  });

  // Pinterest GTM fixtures are inputs that are ALREADY hashed: they must pass through untouched.
  it.each([
    ['em', '1234567890', 'c775e7b757ede630cd0aa1113bd102661ab38829ca52a6422ab782862f268646'],
    ['ph', '12345', '5994471abb01112afcc18159f6cc74b4f511b99806da59b3caf5a9c173cacfc5'],
    ['hashed_maids', 'maid_02', '6ab15588d5535128752e63d57e2e216234e9633c6397cdcc98f4976b53d2a381'],
  ] as const)('pre-hashed %s fixture of %j passes through, never hashed twice', (field, plain, sha) => {
    expect(nodeHasher(plain)).toBe(sha);
    expect(normalizeIdentity(field, sha, {})).toEqual({ kind: 'prehashed', value: sha });
    expect(normalizeIdentity(field, ` ${sha.toUpperCase()} `, {})).toEqual({ kind: 'prehashed', value: sha });
    expect(hashOutcome(normalizeIdentity(field, sha, {}), nodeHasher)).toBe(sha);
  });
});

describe('vectors where our documented rule deliberately differs from the source', () => {
  it('Segment ph "123456789": digits-only without a country cannot match, so we reject it', () => {
    expect(nodeHasher('123456789')).toBe('15e2b0d3c33891ebb0f1ef609ec419420c20e320ce94c65fbc8c3312448eb225');
    expect(normalizeIdentity('ph', '123456789', {})).toMatchObject({ kind: 'invalid', code: 'ph_no_country' });
    expect(normalizeIdentity('ph', '123456789', US)).toMatchObject({ kind: 'invalid' });
  });
  it('Segment db "1996-02-01" keeps dashes; we send YYYYMMDD', () => {
    expect(nodeHasher('1996-02-01')).toBe('9e4b15bbd40f2429491316d291927f5153b4f8c28738e6ee6284009ce29d13d6');
    expect(normalizeIdentity('db', '1996-02-01', {})).toEqual({ kind: 'value', value: '19960201' });
  });
  it('Pinterest GTM keeps the space in "Menlo Park"; we follow the spec (no spaces)', () => {
    expect(nodeHasher('menlo park')).toBe('2b7b5dd4587e8545cc153c9c739bef276f32afe028ab2e46e73087d6a2c1eb32');
    expect(normalizeIdentity('ct', 'Menlo Park', {})).toEqual({ kind: 'value', value: 'menlopark' });
  });
  it('spec examples that break the spec (uppercase country, "male") are not what we produce', () => {
    expect(nodeHasher('US')).toBe('9b202ecbc6d45c6d8901d989a918878397a3eb9d00e8f48022fc051b19d21a1d');
    expect(nodeHasher('male')).toBe('0d248e82c62c9386878327d491c762a002152d42ab2c391a31c44d9f62675ddf');
    expect(normalizeIdentity('country', 'US', {})).toEqual({ kind: 'value', value: 'us' });
    expect(normalizeIdentity('ge', 'male', {})).toEqual({ kind: 'value', value: 'm' });
  });
});

describe('Meta normalizer-only cases (ServerSideNormalizeTest.php)', () => {
  it.each([
    ['ph', '+442071838750', '442071838750', {}],
    ['zp', '  98121', '98121', {}],
    ['zp', '98121-4892', '98121', {}],
    ['zp', 'NR9 5AL', 'nr95al', {}],
    ['ct', 'Menlo Park', 'menlopark', {}],
    ['ct', 'Washington D.C', 'washingtondc', {}],
    ['country', '   US   ', 'us', {}],
  ] as const)('%s %j → %j', (field, input, expected, ctx) => {
    expect(normalizeIdentity(field, input, ctx)).toEqual({ kind: 'value', value: expected });
  });
  it.each([
    ['123-456-7890'], ['777 747 (3515)'], ['44-12390821300A'],
  ])('ph %j: Meta strips to digits; area code or letters make it invalid for us', (input) => {
    expect(normalizeIdentity('ph', input, US).kind).toBe('invalid');
  });
  it('em "foo(.bar)@baz.com/": Meta repairs it, we refuse to guess', () => {
    expect(normalizeIdentity('em', 'foo(.bar)@baz.com/', {})).toMatchObject({ kind: 'invalid', code: 'em_invalid' });
  });
});
