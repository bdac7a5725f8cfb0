import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { EventIdSet } from '../../../../electron/core/events/id-set';

describe('EventIdSet', () => {
  test.prop([fc.array(fc.string({ maxLength: 8 }), { maxLength: 3000 })])('answers like a Map of first rows', (ids) => {
    const set = new EventIdSet();
    const model = new Map<string, number>();
    ids.forEach((id, row) => {
      expect(set.addOrGet(id, row)).toBe(model.get(id));
      if (!model.has(id)) model.set(id, row);
    });
    expect(set.size).toBe(model.size);
  });

  test.prop([fc.array(fc.tuple(fc.constantFrom('cu1o-', 'cu1c-', 'cu1x-', 'cu2o-'), fc.stringMatching(/^[0-9a-f]{32}$/), fc.constantFrom('', 'A', 'g')), { maxLength: 2000 })])(
    'answers like a Map for derived-looking ids too (hex fast path, near misses on the general path)',
    (parts) => {
      const set = new EventIdSet();
      const model = new Map<string, number>();
      parts.forEach(([prefix, hex, tweak], row) => {
        const id = tweak === '' ? prefix + hex : prefix + hex.slice(0, 31) + tweak;
        expect(set.addOrGet(id, row)).toBe(model.get(id));
        if (!model.has(id)) model.set(id, row);
      });
    },
  );

  it('keeps structured derived-looking ids apart (counters, one digit apart)', () => {
    const set = new EventIdSet();
    for (let i = 0; i < 100_000; i++) expect(set.addOrGet(`cu1c-${i.toString(16).padStart(32, '0')}`, i)).toBeUndefined();
    for (let i = 0; i < 1000; i++) expect(set.addOrGet(`cu1c-f${(i * 2 ** 20).toString(16).padStart(31, '0')}`, 200_000 + i)).toBeUndefined();
    expect(set.addOrGet(`cu1c-${(4242).toString(16).padStart(32, '0')}`, 1)).toBe(4242);
  });

  it('keeps 200,000 distinct ids apart while growing', () => {
    const set = new EventIdSet();
    for (let i = 0; i < 200_000; i++) expect(set.addOrGet(`cu1o-${i.toString(16).padStart(32, '0')}`, i)).toBeUndefined();
    expect(set.addOrGet(`cu1o-${(12345).toString(16).padStart(32, '0')}`, 999_999)).toBe(12345);
  });
});
