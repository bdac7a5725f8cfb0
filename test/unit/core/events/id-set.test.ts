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

  it('keeps 200,000 distinct ids apart while growing', () => {
    const set = new EventIdSet();
    for (let i = 0; i < 200_000; i++) expect(set.addOrGet(`cu1o-${i.toString(16).padStart(32, '0')}`, i)).toBeUndefined();
    expect(set.addOrGet(`cu1o-${(12345).toString(16).padStart(32, '0')}`, 999_999)).toBe(12345);
  });
});
