import { describe, expect, it } from 'vitest';
import { compileMapping } from '../../../../electron/core/mapping/compile-mapping';
import type { CompiledPlan, RowCells } from '../../../../electron/core/mapping/plan';
import type { PreparedItem, RowSource } from '../../../../electron/app/pipeline/prepared';
import { prepareEvents } from '../../../../electron/app/pipeline/prepare-events';
import { mappingSchema } from '../../../../electron/shared/mapping';

const now = Date.UTC(2025, 0, 20, 12);
const ctx = { now, timezone: 'UTC', maxEventAgeDays: 7 };
const header = ['Name', 'Email', 'Created at', 'Total', 'Lineitem sku', 'Lineitem quantity'];

function sourceOf(rows: string[][], chunk = 2): RowSource {
  const all: RowCells[] = rows.map((cells, index) => ({ index, line: index + 2, cells }));
  return {
    async *rows() {
      for (let i = 0; i < all.length; i += chunk) yield all.slice(i, i + chunk);
    },
  };
}

function planFor(merge: boolean): CompiledPlan {
  const mapping = mappingSchema.parse({
    version: 1,
    fields: {
      event_name: { value: 'checkout' },
      action_source: { value: 'offline' },
      event_time: { column: 'Created at' },
      'user_data.em': { column: 'Email' },
      'custom_data.order_id': { column: 'Name' },
      'custom_data.value': { column: 'Total' },
      'custom_data.contents.id': { column: 'Lineitem sku' },
      'custom_data.contents.quantity': { column: 'Lineitem quantity' },
    },
    options: merge ? { mergeRowsBy: 'custom_data.order_id' } : {},
  });
  const { plan } = compileMapping(mapping, header);
  if (!plan) throw new Error('mapping did not compile');
  return plan;
}

async function collect(source: RowSource, plan: CompiledPlan): Promise<PreparedItem[]> {
  const items: PreparedItem[] = [];
  for await (const chunk of prepareEvents(source, plan, ctx, { workers: 0 })) items.push(...chunk.items);
  return items;
}

const t = '2025-01-19T10:00:00Z';
const orders = [
  ['#1001', 'a@example.com', t, '30.00', 'S1', '1'],
  ['#1001', 'a@example.com', t, '', 'S2', '2'],
  ['#1002', 'b@example.com', t, '5.00', 'S3', '1'],
  ['#1003', '', t, '7.00', 'S4', '1'],
  ['#1002', '', '', '', 'S5', '1'],
];

describe('prepareEvents', () => {
  it('merges the line items of an order into one event listing every source row', async () => {
    const items = await collect(sourceOf(orders), planFor(true));
    expect(items.map((i) => [i.rows, i.status])).toEqual([
      [[2, 3], 'valid'],
      [[4, 6], 'valid'],
      [[5], 'invalid'],
    ]);
    expect(items[0]?.event?.custom_data?.contents?.map((c) => c.id)).toEqual(['S1', 'S2']);
    expect(items[0]?.event?.custom_data?.num_items).toBe(3);
    expect(items[1]?.event?.custom_data?.contents?.map((c) => c.id)).toEqual(['S3', 'S5']);
  });

  it('without merging, a repeated order is a duplicate pointing at its first row', async () => {
    const items = await collect(sourceOf(orders), planFor(false));
    expect(items.map((i) => i.status)).toEqual(['valid', 'duplicate', 'valid', 'invalid', 'invalid']);
    const dup = items[1];
    expect(dup?.event).toBeUndefined();
    expect(dup?.issues.at(-1)).toMatchObject({ row: 3, code: 'duplicate' });
    expect(dup?.issues.at(-1)?.message).toContain('row 2');
  });

  it('is deterministic and independent of chunk sizes', async () => {
    const a = await collect(sourceOf(orders, 1), planFor(true));
    const b = await collect(sourceOf(orders, 5), planFor(true));
    expect(a).toEqual(b);
  });

  it('stops reading when the consumer stops pulling', async () => {
    let read = 0;
    const big: RowSource = {
      async *rows() {
        for (let i = 0; i < 100; i++) {
          read += 1000;
          yield Array.from({ length: 1000 }, (_v, k) => ({ index: i * 1000 + k, line: i * 1000 + k + 2, cells: [`#${i}-${k}`, 'a@b.co', t, '1', '', ''] }));
        }
      },
    };
    for await (const chunk of prepareEvents(big, planFor(false), ctx, { workers: 0 })) {
      expect(chunk.items.length).toBeGreaterThan(0);
      break;
    }
    expect(read).toBeLessThan(10_000);
  });
});
