import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { RowGrouper } from '../../../../electron/core/events/row-grouper';

const row = (index: number, order: string, email: string, sku = `S${index}`) => ({ index, line: index + 2, cells: [order, email, sku] });

function groupAll(rows: ReturnType<typeof row>[], window?: number) {
  const grouper = new RowGrouper(0, [1], window);
  const out = rows.flatMap((r) => grouper.push(r));
  return [...out, ...grouper.flush()].map((g) => g.rows.map((r) => r.index));
}

describe('RowGrouper (mergeRowsBy)', () => {
  it('merges line items without identities of their own, keeps conflicting or repeated rows apart', () => {
    const rows = [row(0, 'A', 'a@x.co'), row(1, 'A', ''), row(2, 'A', 'A@X.co '), row(3, 'B', 'b@x.co'), row(4, 'A', 'other@x.co'), row(5, 'B', 'b@x.co'), row(6, '', 'c@x.co'), row(7, '', ''), row(8, 'B', 'b@x.co', 'S5')];
    expect(groupAll(rows)).toEqual([[0, 1, 2], [3, 5], [4], [6], [7], [8]]);
  });

  it('closes an order once the window has passed: later rows of it stand alone', () => {
    const rows = [row(0, 'A', 'a@x.co'), row(1, 'B', 'b@x.co'), row(2, 'C', 'c@x.co'), row(3, 'A', '')];
    expect(groupAll(rows, 2)).toEqual([[0], [1], [2], [3]]);
    expect(groupAll(rows, 3)).toEqual([[0, 3], [1], [2]]);
  });

  test.prop([fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', ''), fc.constantFrom('', 'a@x.co', 'b@x.co')), { maxLength: 200 }), fc.integer({ min: 1, max: 50 })])(
    'emits every row exactly once, groups in first-row order, rows ascending inside a group',
    (spec, window) => {
      const rows = spec.map(([order, email], i) => row(i, order, email));
      const groups = groupAll(rows, window);
      expect(groups.flat().sort((a, b) => a - b)).toEqual(rows.map((r) => r.index));
      const firsts = groups.map((g) => g[0] as number);
      expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
      for (const g of groups) {
        expect([...g].sort((a, b) => a - b)).toEqual(g);
        expect((g.at(-1) as number) - (g[0] as number)).toBeLessThanOrEqual(window);
      }
    },
  );
});
