import { describe, expect, it } from 'vitest';
import type { IdentityField, NormalizeContext } from '../../../../electron/core/normalize/normalize-identity';
import { normalizeIdentity } from '../../../../electron/core/normalize/normalize-identity';
import { toCountryCode } from '../../../../electron/core/normalize/country';
import { BoundedMemo } from '../../../../electron/core/normalize/memo';

const value = (field: IdentityField, raw: string, ctx: NormalizeContext = {}) => normalizeIdentity(field, raw, ctx);
const DE = { defaultCountry: 'DE' };
const US = { defaultCountry: 'US' };

describe('em', () => {
  it.each([
    ['  Foo.Bar+tag@Example.COM ', 'foo.bar+tag@example.com'],
    ['mailto:Anna@example.de', 'anna@example.de'],
    ['Anna Schmidt <Anna@Example.de>', 'anna@example.de'],
    ['jürgen@müller.de', 'jürgen@müller.de'],
    ['a\u200b@b.co', 'a@b.co'],
  ])('%j → %j', (raw, expected) => expect(value('em', raw)).toEqual({ kind: 'value', value: expected }));
  it.each([
    ['john at example.com', 'em_no_at'],
    ['a@b.com; c@d.com', 'em_several'],
    ['john@example', 'em_invalid'],
    ['jo hn@example.com', 'em_space'],
  ])('%j is invalid (%s) and the message quotes the cell', (raw, code) => {
    const out = value('em', raw);
    expect(out).toMatchObject({ kind: 'invalid', code });
    if (out.kind === 'invalid') expect(out.message).toContain(`'${raw}'`);
  });
  it('blank and whitespace-only cells are empty', () => {
    expect(value('em', '')).toEqual({ kind: 'empty' });
    expect(value('em', ' \u00a0\t')).toEqual({ kind: 'empty' });
  });
});

describe('ph', () => {
  it.each([
    ['0171 2345678', DE, '491712345678'],
    ['+49 (0)171 2345678', DE, '491712345678'],
    ['0049 171 2345678', DE, '491712345678'],
    ['491712345678', DE, '491712345678'],
    ['+1 (650) 555-1212', DE, '16505551212'],
    ['650.555.1212', US, '16505551212'],
    ['1-650-555-1212', US, '16505551212'],
    ['(650) 555-1212 ext. 12', US, '16505551212'],
    ['020 7183 8750', { defaultCountry: 'gb' }, '442071838750'],
  ] as const)('%j (%j) → %j', (raw, ctx, expected) => {
    expect(value('ph', raw, ctx)).toMatchObject({ kind: 'value', value: expected });
  });
  it("names the country in messages: '0171 234' is too short for Germany", () => {
    expect(value('ph', '0171 234', DE)).toEqual({ kind: 'invalid', code: 'ph_too_short', message: "'0171 234' is too short for Germany." });
  });
  it('reads international digits without + when they are no national number, with a note', () => {
    const out = value('ph', '442071838750', DE);
    expect(out).toMatchObject({ kind: 'value', value: '442071838750', warning: { code: 'ph_read_as_international' } });
  });
  it.each([
    ['1.23E+10', US, 'ph_scientific'],
    ['12345', {}, 'ph_no_country'],
    ['+999 1234 5678', {}, 'ph_unknown_code'],
    ['(212) 000-1234', US, 'ph_not_valid'],
    ['call me', US, 'ph_not_a_number'],
  ] as const)('%j (%j) is invalid: %s', (raw, ctx, code) => {
    expect(value('ph', raw, ctx)).toMatchObject({ kind: 'invalid', code });
  });
});

describe('fn / ln', () => {
  it.each([
    ['  Mary-Jane ', 'mary-jane'],
    ["O'Brien", "o'brien"],
    ['García  Márquez', 'garcía márquez'],
    ['ANNA\u00a0MARIA', 'anna maria'],
    ['İlkay', 'i̇lkay'],
    ['STRASSE ẞ', 'strasse ß'],
  ])('%j → %j (punctuation and inner spaces kept, one space)', (raw, expected) => {
    expect(value('fn', raw)).toEqual({ kind: 'value', value: expected });
  });
  it('no letters → invalid', () => expect(value('ln', '---')).toMatchObject({ kind: 'invalid', code: 'name_no_letters' }));
});

describe('ge', () => {
  it.each([
    ['Male', 'm'], ['männlich', 'm'], ['Homme', 'm'], ['1', 'm'], ['FEMALE', 'f'], ['weiblich', 'f'], ['w', 'f'], ['Femme', 'f'], ['mujer', 'f'], ['2', 'f'],
    ['non-binary', 'n'], ['Divers', 'n'], ['x', 'n'],
  ])('%j → %j', (raw, expected) => expect(value('ge', raw)).toEqual({ kind: 'value', value: expected }));
  it.each(['unknown', '3', 'prefer not to say', 'U'])('%j means "not given" → empty', (raw) => expect(value('ge', raw)).toEqual({ kind: 'empty' }));
  it('anything else is invalid, never guessed', () => expect(value('ge', 'constructor')).toMatchObject({ kind: 'invalid', code: 'ge_unknown' }));
});

describe('db', () => {
  it.each([
    ['1997-02-16', {}, '19970216'],
    ['1997-02-16T00:00:00', {}, '19970216'],
    ['19970216', {}, '19970216'],
    ['16.02.1997', {}, '19970216'],
    ['2/16/1997', {}, '19970216'],
    ['16/2/1997', {}, '19970216'],
  ] as const)('%j → %j', (raw, ctx, expected) => expect(value('db', raw, ctx)).toEqual({ kind: 'value', value: expected }));
  it('ambiguous slash dates follow dateOrder, else the default country, with a note', () => {
    expect(value('db', '03/04/1990', { dateOrder: 'MDY' })).toEqual({ kind: 'value', value: '19900304' });
    expect(value('db', '03/04/1990', DE)).toMatchObject({ kind: 'value', value: '19900403', warning: { code: 'db_order_assumed' } });
    expect(value('db', '03/04/1990', US)).toMatchObject({ kind: 'value', value: '19900304', warning: { code: 'db_order_assumed' } });
  });
  it('Excel serials and two-digit years are read with a warning', () => {
    expect(value('db', '35477')).toMatchObject({ kind: 'value', value: '19970216', warning: { code: 'db_excel_serial' } });
    expect(value('db', '2/16/97', US)).toMatchObject({ kind: 'value', value: '19970216', warning: { code: 'db_two_digit_year' } });
  });
  it.each([['1997-02-30', 'db_no_such_date'], ['sometime', 'db_format']])('%j → %s', (raw, code) => {
    expect(value('db', raw)).toMatchObject({ kind: 'invalid', code });
  });
});

describe('ct / st / zp / country', () => {
  it.each([
    ['ct', 'São Paulo', {}, 'sãopaulo'], ['ct', "Coeur d'Alene", {}, 'coeurdalene'], ['ct', 'Winston-Salem', {}, 'winstonsalem'],
    ['st', 'California', {}, 'ca'], ['st', 'N.Y.', {}, 'ny'], ['st', 'Québec', {}, 'qc'], ['st', 'Bayern', DE, 'by'], ['st', 'NSW', {}, 'nsw'], ['st', 'Texas', US, 'tx'],
    ['zp', '2134', US, '02134'], ['zp', '12345-6789', {}, '12345'], ['zp', 'SW1A 1AA', {}, 'sw1a1aa'], ['zp', '01310-100', { defaultCountry: 'BR' }, '01310100'], ['zp', 'H2X 1Y4', {}, 'h2x1y4'],
    ['country', 'USA', {}, 'us'], ['country', 'United Kingdom', {}, 'gb'], ['country', 'UK', {}, 'gb'], ['country', 'España', {}, 'es'],
    ['country', 'Deutschland', {}, 'de'], ['country', 'Royaume-Uni', {}, 'gb'], ['country', 'Österreich', {}, 'at'], ['country', 'DEU', {}, 'de'], ['country', 'de', {}, 'de'],
  ] as const)('%s %j (%j) → %j', (field, raw, ctx, expected) => {
    expect(value(field, raw, ctx)).toMatchObject({ kind: 'value', value: expected });
  });
  it('a US ZIP that lost its leading zero gets it back with a warning', () => {
    expect(value('zp', '2134', US)).toMatchObject({ warning: { code: 'zp_leading_zeros' } });
  });
  it.each([
    ['st', 'Somewhere Else', {}, 'st_unknown'], ['zp', 'ABC', US, 'zp_invalid'], ['zp', '#?!', {}, 'zp_invalid'], ['country', 'Atlantis', {}, 'country_unknown'],
  ] as const)('%s %j is invalid (%s)', (field, raw, ctx, code) => {
    expect(value(field, raw, ctx)).toMatchObject({ kind: 'invalid', code });
  });
  it('warns about a state code that does not exist in the default country', () => {
    expect(value('st', 'XX', US)).toMatchObject({ kind: 'value', value: 'xx', warning: { code: 'st_unknown_code' } });
  });
  it('toCountryCode serves the pipeline (a country column can pick the phone country)', () => {
    expect(toCountryCode('Germany')).toBe('de');
    expect(toCountryCode('nowhere')).toBeUndefined();
  });
});

describe('external_id / hashed_maids / pre-hashed columns', () => {
  it('trims and lowercases ids (documented trade-off)', () => {
    expect(value('external_id', ' CUST-0042 ')).toEqual({ kind: 'value', value: 'cust-0042' });
    expect(value('hashed_maids', '6D92078A-8246-4BA4-AE5B-76104861E7DC')).toEqual({ kind: 'value', value: '6d92078a-8246-4ba4-ae5b-76104861e7dc' });
  });
  it('a column marked "already hashed" rejects anything that is not SHA-256 hex', () => {
    expect(value('em', 'anna@example.de', { expectHashed: true })).toMatchObject({ kind: 'invalid', code: 'not_sha256' });
    expect(value('em', '', { expectHashed: true })).toEqual({ kind: 'empty' });
  });
});

describe('BoundedMemo', () => {
  it('computes once per key and stays bounded', () => {
    const memo = new BoundedMemo<number>(10);
    let calls = 0;
    for (let round = 0; round < 2; round++) for (let i = 0; i < 5; i++) memo.get(`k${i}`, () => ++calls);
    expect(calls).toBe(5);
    for (let i = 0; i < 1000; i++) memo.get(`x${i}`, () => i);
    expect(memo.size).toBeLessThanOrEqual(20);
  });
});
