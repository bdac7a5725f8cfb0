import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { parseMoney } from '../../../../electron/core/values/money';
import { detectDecimalSeparator } from '../../../../electron/core/values/decimal-detect';
import { parseCurrency } from '../../../../electron/core/values/currency';
import { parseInteger } from '../../../../electron/core/values/integer';
import { parseBoolean } from '../../../../electron/core/values/boolean';

describe('parseMoney', () => {
  it.each([
    ['1.234,50 €', {}, '1234.50', 'EUR'],
    ['$72.39', {}, '72.39', undefined],
    ['72,39', {}, '72.39', undefined],
    ['1,234.50', {}, '1234.50', undefined],
    ['1 234,50 zł', {}, '1234.50', 'PLN'],
    ["CHF 1'234.50", {}, '1234.50', 'CHF'],
    ['EUR 10', {}, '10', 'EUR'],
    ['10 USD', {}, '10', 'USD'],
    ['£0.99', {}, '0.99', 'GBP'],
    ['R$ 1.234,56', {}, '1234.56', 'BRL'],
    ['007.50', {}, '7.50', undefined],
    ['1.234', { decimal: ',' }, '1234', undefined],
    ['1.234', { decimal: '.' }, '1.234', undefined],
    ['1,5', { decimal: ',' }, '1.5', undefined],
    ['.5', {}, '0.5', undefined],
  ] as const)('%j (%j) → %j', (raw, opts, amount, currency) => {
    const r = parseMoney(raw, opts);
    expect(r.kind).toBe('value');
    if (r.kind === 'value') {
      expect(r.value.amount).toBe(amount);
      expect(r.value.currency).toBe(currency);
    }
  });
  it('keeps negatives (refund rows) with a warning: -12, 12-, (12.00)', () => {
    for (const raw of ['-12.00', '12.00-', '(12.00)', '-€12.00']) {
      expect(parseMoney(raw)).toMatchObject({ kind: 'value', value: { amount: '-12.00' }, warning: { code: 'value_negative' } });
    }
  });
  it('flags a guessed separator ("1,234" without a hint)', () => {
    expect(parseMoney('1,234')).toMatchObject({ value: { amount: '1234' }, warning: { code: 'decimal_guessed' } });
  });
  it.each(['abc', '1.2.3,4,5', '12 apples', '€', '1,23,4', '--5', '1e5'])('%j is invalid', (raw) => {
    expect(parseMoney(raw)).toMatchObject({ kind: 'invalid', code: 'money_invalid' });
  });
  it('blank is empty', () => expect(parseMoney('  ')).toEqual({ kind: 'empty' }));
  test.prop([fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 })])('round-trips en-US and de-DE formatted amounts', (units, cents) => {
    const n = units + cents / 100;
    const expected = `${units}.${String(cents).padStart(2, '0')}`;
    const us = n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const de = n.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(parseMoney(us, { decimal: '.' })).toMatchObject({ value: { amount: expected } });
    expect(parseMoney(`${de} €`, { decimal: ',' })).toMatchObject({ value: { amount: expected, currency: 'EUR' } });
  });
  test.prop([fc.string({ maxLength: 30 })])('never throws', (s) => {
    expect(['value', 'empty', 'invalid']).toContain(parseMoney(s).kind);
  });
});

describe('detectDecimalSeparator', () => {
  it('votes over a column', () => {
    expect(detectDecimalSeparator(['1.234,50', '72,39', '10'])).toMatchObject({ decimal: ',', ambiguous: false, conflicting: false });
    expect(detectDecimalSeparator(['1,234.50', '72.39'])).toMatchObject({ decimal: '.', ambiguous: false });
    expect(detectDecimalSeparator(['1,234', '2,500'])).toMatchObject({ decimal: undefined, ambiguous: true });
    expect(detectDecimalSeparator(['1.234.567', '3'])).toMatchObject({ decimal: ',' });
    expect(detectDecimalSeparator(['72.39', '72,39'])).toMatchObject({ conflicting: true });
  });
});

describe('parseCurrency', () => {
  it.each([['EUR', 'EUR'], ['eur', 'EUR'], ['€', 'EUR'], ['US$', 'USD'], ['£', 'GBP'], ['zł', 'PLN'], ['CHF', 'CHF'], ['C$', 'CAD']])('%j → %s', (raw, code) => {
    expect(parseCurrency(raw)).toEqual({ kind: 'value', value: code });
  });
  it('$, ¥ and kr are ambiguous: the caller falls back to the account currency', () => {
    expect(parseCurrency('$')).toMatchObject({ kind: 'ambiguous', candidates: expect.arrayContaining(['USD', 'CAD']) });
    expect(parseCurrency('¥')).toMatchObject({ kind: 'ambiguous', candidates: ['JPY', 'CNY'] });
    expect(parseCurrency('kr')).toMatchObject({ kind: 'ambiguous' });
  });
  it('rejects non-currencies', () => {
    expect(parseCurrency('XYZ')).toMatchObject({ kind: 'invalid', code: 'currency_unknown' });
    expect(parseCurrency('constructor')).toMatchObject({ kind: 'invalid' });
    expect(parseCurrency('')).toEqual({ kind: 'empty' });
  });
});

describe('parseInteger', () => {
  it.each([['2', {}, 2], ['2.0', {}, 2], ['1,000', {}, 1000], ['1.000', { decimal: ',' }, 1000], [' 7 ', {}, 7], ['+3', {}, 3]] as const)('%j → %d', (raw, opts, n) => {
    expect(parseInteger(raw, opts)).toEqual({ kind: 'value', value: n });
  });
  it.each([['2.5', 'integer_fraction'], ['-1', 'integer_negative'], ['two', 'integer_invalid'], ['99999999999999999999', 'integer_too_large']])('%j → %s', (raw, code) => {
    expect(parseInteger(raw)).toMatchObject({ kind: 'invalid', code });
  });
});

describe('parseBoolean', () => {
  it.each([['yes', true], ['TRUE', true], ['1', true], ['ja', true], ['x', true], ['no', false], ['False', false], ['0', false], ['nein', false]] as const)('%j → %s', (raw, b) => {
    expect(parseBoolean(raw)).toEqual({ kind: 'value', value: b });
  });
  it('rejects anything else', () => expect(parseBoolean('maybe')).toMatchObject({ kind: 'invalid', code: 'boolean_invalid' }));
});
