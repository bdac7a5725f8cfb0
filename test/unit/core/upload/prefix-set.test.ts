import { createHash } from 'node:crypto';
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { ledgerState, PrefixSet } from '../../../../electron/core/upload/prefix-set';

const key = (id: string) => createHash('sha256').update(id).digest().subarray(0, 16);

describe('PrefixSet', () => {
  test.prop([fc.array(fc.tuple(fc.string(), fc.constantFrom(ledgerState.sent, ledgerState.possiblySent)), { maxLength: 3000 }), fc.array(fc.string(), { maxLength: 200 })])(
    'behaves like a Map where sent is never downgraded',
    (adds, probes) => {
      const set = new PrefixSet(4);
      const model = new Map<string, number>();
      for (const [id, state] of adds) {
        set.add(key(id), state);
        if (model.get(id) !== ledgerState.sent) model.set(id, state);
      }
      expect(set.size).toBe(model.size);
      for (const id of [...model.keys(), ...probes]) expect(set.get(key(id))).toBe(model.get(id) ?? ledgerState.absent);
    },
  );

  test('holds 200,000 keys', () => {
    const set = new PrefixSet();
    for (let i = 0; i < 200_000; i++) set.add(key(`e${i}`), ledgerState.sent);
    expect(set.size).toBe(200_000);
    expect(set.get(key('e199999'))).toBe(ledgerState.sent);
    expect(set.get(key('nope'))).toBe(ledgerState.absent);
  });
});
