import { fc, test } from '@fast-check/vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { CsvDialect } from '../../../../electron/app/files/csv-records';
import { readCsvRecords } from '../../../../electron/app/files/csv-records';
import { openTable } from '../../../../electron/app/files/open-table';
import { defaultLimits } from '../../../../electron/app/files/table-types';
import { readAll, tempDir } from './files-helpers';

// TEST-06: arbitrary string[][] written as RFC 4180 CSV (quotes, CR, LF, delimiters, unicode,
// any line ending, with or without BOM) reads back identically, each row on its exact line.
// The apostrophe is left out of the alphabet: Excel's leading-apostrophe rule changes such cells
// on purpose (see csv-fixtures.test.ts).

const dir = tempDir();
let n = 0;
const special = fc.constantFrom('"', ',', ';', '\t', '|', '\r', '\n', '\r\n', ' ', 'é', '€', '😀', '\u00a0', 'Ω', 'x', '0', 'E+', '\uFEFF');
const cell = fc.array(fc.oneof(special, fc.string({ unit: 'grapheme-ascii', maxLength: 4 }).filter((s) => !s.includes("'"))), { maxLength: 6 }).map((parts) => parts.join(''));
const tableArb = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 25 }),
    width: fc.constant(width),
    eol: fc.constantFrom('\r\n', '\n', '\r'),
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
  }),
);

function writeCsv(rows: string[][], delimiter: string, eol: string): string {
  const quote = (c: string) => (/["\r\n,;\t|]/.test(c) || c.trim() !== c || c.startsWith('\uFEFF') ? `"${c.replaceAll('"', '""')}"` : c);
  return rows.map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
}

function physicalLines(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

describe('CSV round trip', () => {
  test.prop([tableArb], { numRuns: 300 })('rows and line numbers survive writing and reading', async ({ rows, width, eol, bom, delimiter }) => {
    const header = Array.from({ length: width }, (_, i) => `col${i}`);
    const path = join(dir, `t${n++}.csv`);
    writeFileSync(path, (bom ? '\uFEFF' : '') + writeCsv([header, ...rows], delimiter, eol));
    const table = await openTable(path, { delimiter, headerRow: 1 });
    expect(table.columns).toEqual(header);
    const read = await readAll(table);
    const kept = rows.map((r, i) => ({ r, i })).filter(({ r }) => !r.every((c) => c.trim() === ''));
    expect(read.map((r) => r.cells)).toEqual(kept.map(({ r }) => r));
    let line = 2;
    const lines = rows.map((r) => {
      const start = line;
      line += 1 + r.reduce((sum, c) => sum + physicalLines(c), 0);
      return start;
    });
    expect(read.map((r) => r.line)).toEqual(kept.map(({ i }) => lines[i]));
  });

  test.prop([tableArb, fc.integer({ min: 1, max: 64 })], { numRuns: 150 })('any chunk size gives the same records (chunk borders inside quotes, CRLF, characters)', async ({ rows, width, eol }, chunkBytes) => {
    const header = Array.from({ length: width }, (_, i) => `col${i}`);
    const path = join(dir, `c${n++}.csv`);
    writeFileSync(path, writeCsv([header, ...rows], ',', eol));
    const newline = eol as CsvDialect['newline'];
    const dialect: CsvDialect = { encoding: 'utf-8', bomLength: 0, delimiter: ',', newline, repairCr: false };
    const records: string[][] = [];
    for await (const batch of readCsvRecords(path, dialect, { byte: 0, line: 1 }, defaultLimits, { chunkBytes })) records.push(...batch.records);
    expect(records).toEqual([header, ...rows]);
  });
});
