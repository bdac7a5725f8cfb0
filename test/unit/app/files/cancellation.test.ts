import { describe, expect, it } from 'vitest';
import { DatasetRegistry } from '../../../../electron/app/files/dataset-registry';
import type { DatasetProgress } from '../../../../electron/app/files/dataset-registry';
import { openTable } from '../../../../electron/app/files/open-table';
import { fixture, rejection, tempFile } from './files-helpers';

// Long reads stop when their AbortSignal fires, mid-file, with a `cancelled` error.

const bigText = `Email,Name,Note\n${Array.from({ length: 60_000 }, (_, i) => `u${i}@example.com,Name ${i},"note, ${i}"`).join('\n')}\n`;

describe('cancellation', () => {
  it('cancels an open (scan) mid-file', async () => {
    const path = tempFile('big.csv', bigText);
    const controller = new AbortController();
    const seen: DatasetProgress[] = [];
    const registry = new DatasetRegistry();
    const opening = registry.open(path, {}, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.bytesRead > 0) controller.abort();
      },
    });
    const error = await rejection(opening);
    expect(error.kind).toBe('cancelled');
    expect(seen[0]).toMatchObject({ bytesRead: 0, totalBytes: Buffer.byteLength(bigText), rows: 0 });
    expect(seen.at(-1)?.bytesRead).toBeLessThan(Buffer.byteLength(bigText));
  });

  it('cancels rows() mid-file', async () => {
    const table = await openTable(tempFile('big2.csv', bigText));
    const controller = new AbortController();
    let rows = 0;
    const error = await rejection((async () => {
      for await (const chunk of table.rows({ signal: controller.signal })) {
        rows += chunk.length;
        controller.abort();
      }
    })());
    expect(error.kind).toBe('cancelled');
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(60_000);
  });

  it('cancels XLSX reading too', async () => {
    const table = await openTable(fixture('shopify-orders.xlsx'));
    const controller = new AbortController();
    controller.abort();
    const error = await rejection((async () => {
      for await (const _ of table.rows({ signal: controller.signal })) {
        // never reached
      }
    })());
    expect(error.kind).toBe('cancelled');
  });
});
