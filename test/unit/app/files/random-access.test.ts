import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../../electron/app/files/open-table';
import { CheckpointIndex } from '../../../../electron/app/files/row-index';
import { scanTable } from '../../../../electron/app/files/scan-table';
import type { SourceRow } from '../../../../electron/app/files/table-types';
import { scanXlsx } from '../../../../electron/app/files/xlsx-scan';
import type { XlsxTable } from '../../../../electron/app/files/xlsx-table';
import { fixture, readAll, tempFile } from './files-helpers';

// readRows(first, count) must return exactly what a full pass gives for those indexes, in
// every encoding (byte offsets differ from character offsets) and across multi-line records.

function bigCsv(rows: number, names: string[]): string {
  const lines = ['Order,Name,Note,Total'];
  for (let i = 0; i < rows; i++) {
    const name = names[i % names.length] as string;
    const note = i % 7 === 0 ? `"line one\r\nline two, ""quoted"""` : i % 11 === 0 ? '"a\nb\nc"' : `note ${i}`;
    lines.push(`${i},${name},${note},${(i * 1.5).toFixed(2)}`);
    if (i % 97 === 0) lines.push('');
  }
  return `${lines.join('\r\n')}\r\n`;
}

const picks = (rowCount: number): Array<[number, number]> => [
  [0, 5], [1, 1], [rowCount - 3, 10], [Math.floor(rowCount / 2), 300], [1234, 77], [rowCount - 1, 1], [4999, 2],
];

async function expectRandomAccess(path: string, encoding: string): Promise<void> {
  const scanned = await scanTable(path, { encoding });
  const all = await readAll(scanned.table);
  expect(all).toHaveLength(scanned.info.rowCount);
  expect(all.map((r) => r.index)).toEqual(all.map((_, i) => i));
  for (const [first, count] of picks(all.length)) {
    expect(await scanned.readRows(first, count)).toEqual(all.slice(first, first + count));
  }
  expect(await scanned.readRows(all.length, 5)).toEqual([]);
}

describe('random access to rows', () => {
  const latin = ['Zoë', 'René', 'Jürgen', 'Ødegård', 'plain'];
  const world = [...latin, 'さくら', '王', 'Анна', '😀 Emoji'];

  it.each([
    ['utf-8', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]), world],
    ['utf-16le', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]), world],
    ['windows-1252', (t: string) => iconv.encode(t, 'windows-1252'), latin],
    ['shift_jis', (t: string) => iconv.encode(t, 'shift_jis'), ['さくら', '王', 'plain']],
  ] as const)('%s: pages equal the full pass (multi-chunk file)', async (encoding, encode, names) => {
    const path = tempFile(`big-${encoding}.csv`, encode(bigCsv(12_000, [...names])));
    await expectRandomAccess(path, encoding);
  });

  it('keeps exact line numbers on pages after multi-line records', async () => {
    const path = tempFile('lines.csv', bigCsv(200, ['x']));
    const scanned = await scanTable(path);
    const [row] = await scanned.readRows(8, 1);
    // rows 0 and 7 span 2 lines, blank line after row 0: header 1, row0 2-3, blank 4, rows 1..6 at 5..10, row7 11-12, row8 13
    expect(row).toMatchObject({ index: 8, line: 13, cells: ['8', 'x', 'note 8', '12.00'] });
  });

  it('XLSX pages beyond the in-memory budget are re-streamed into a window', async () => {
    const table = (await openTable(fixture('shopify-orders.xlsx'))) as XlsxTable;
    const scanned = await scanXlsx(table, {}, 2_000);
    const all: SourceRow[] = await readAll(table);
    expect(await scanned.readRows(0, 2)).toEqual(all.slice(0, 2));
    expect(await scanned.readRows(3, 3)).toEqual(all.slice(3, 6));
    expect(await scanned.readRows(4, 1)).toEqual(all.slice(4, 5));
  });
});

describe('CheckpointIndex', () => {
  it('finds the last checkpoint at or before an index, growing as needed', () => {
    const index = new CheckpointIndex();
    for (let i = 0; i < 1000; i++) index.add(i * 100, i * 3 + 1, i * 10);
    index.add(100_000, 3001, 10_000);
    index.add(100_050, 3002, 10_000);
    expect(index.count).toBe(1002);
    expect(index.find(0)).toEqual({ byte: 0, line: 1, index: 0 });
    expect(index.find(15)).toEqual({ byte: 100, line: 4, index: 10 });
    expect(index.find(10_000)).toEqual({ byte: 100_050, line: 3002, index: 10_000 });
    expect(index.find(-1)).toBeUndefined();
  });
});
