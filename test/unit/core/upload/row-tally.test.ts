import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { RowState } from '../../../../electron/core/upload/row-tally';
import { reconciles, RowTally } from '../../../../electron/core/upload/row-tally';
import { itemCode, rowStateOf } from '../../../../electron/core/upload/item-codes';

const states: RowState[] = ['pending', 'sent', 'rejected', 'invalid', 'skipped', 'possibly-sent', 'duplicate'];
const state = fc.constantFrom(...states);

describe('RowTally', () => {
  test.prop([fc.integer({ min: 0, max: 10_000 }), fc.array(fc.tuple(state, state, fc.integer({ min: 0, max: 500 })), { maxLength: 200 })])(
    'counts reconcile with the row count after any sequence of moves',
    (rows, moves) => {
      const tally = new RowTally(rows);
      for (const [from, to, n] of moves) {
        try {
          tally.move(from, to, n);
        } catch {
          // Moving more rows than a state holds is refused and changes nothing.
        }
        expect(reconciles(tally.snapshot())).toBe(true);
      }
    },
  );

  test('refuses to move rows that are not there', () => {
    const tally = new RowTally(2);
    expect(() => tally.move('sent', 'rejected')).toThrow();
    tally.move('pending', 'sent', 2);
    expect(tally.snapshot()).toMatchObject({ rows: 2, sent: 2, pending: 0 });
  });

  test('every item code maps to a row state', () => {
    for (const code of Object.values(itemCode)) expect(states).toContain(rowStateOf(code));
  });
});
