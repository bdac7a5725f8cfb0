import { describe, expect, it } from 'vitest';
import { openTable } from '../../../../electron/app/files/open-table';
import { scanTable } from '../../../../electron/app/files/scan-table';
import { fixture, readAll } from './files-helpers';

// Every CSV case of issue 4 point 1 against the committed fixtures (make-fixtures.mjs).

const people = [
  ['zoe@example.com', 'Zoë', 'Müller', 'Zürich', '€12.50'],
  ['rene@example.com', 'René', 'Ødegård', 'Malmö', '€7.00'],
  ['jose@example.com', 'José', 'Straße', 'Köln', '€3.20'],
];
const peopleColumns = ['Email', 'First Name', 'Last Name', 'City', 'Value'];

describe('encodings (ING-03, ING-04)', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8', ','],
    ['utf8-nobom.csv', 'utf-8', ','],
    ['utf16le-bom.txt', 'utf-16le', '\t'],
    ['utf16be-bom.txt', 'utf-16be', '\t'],
    ['windows-1252.csv', 'windows-1252', ','],
  ])('%s reads as the same table (%s, %j)', async (name, encoding, delimiter) => {
    const table = await openTable(fixture(name));
    expect(table.encoding).toBe(encoding);
    expect(table.delimiter).toBe(delimiter);
    expect(table.columns).toEqual(peopleColumns);
    const rows = await readAll(table);
    expect(rows.map((r) => r.cells)).toEqual(people);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(rows.flatMap((r) => r.cells).join('')).not.toContain('\uFFFD');
  });

  it('never leaks the BOM into the first header', async () => {
    const table = await openTable(fixture('utf8-bom.csv'));
    expect(table.columns[0]).toBe('Email');
    expect(table.columns[0]?.charCodeAt(0)).toBe(69);
  });

  it('warns visibly when it falls back to Windows-1252', async () => {
    const table = await openTable(fixture('windows-1252.csv'));
    expect(table.issues).toEqual([expect.objectContaining({ code: 'encoding-fallback', severity: 'warning' })]);
    const utf8 = await openTable(fixture('utf8-nobom.csv'));
    expect(utf8.issues).toEqual([]);
  });

  it('honours an encoding override', async () => {
    const table = await openTable(fixture('utf8-nobom.csv'), { encoding: 'latin1' });
    expect(table.encoding).toBe('windows-1252');
    const rows = await readAll(table);
    expect(rows[0]?.cells[1]).toBe('ZoÃ«');
  });
});

describe('delimiters (ING-05)', () => {
  it.each([
    ['semicolon.csv', ';', [['a@example.com', 'Anna', '12,50'], ['b@example.com', 'Bernd', '1.234,00'], ['c@example.com', 'Clara', '0,99']]],
    ['tab.tsv', '\t', [['a@example.com', 'Anna', '12.50'], ['b@example.com', 'Bernd, Jr.', '3.00']]],
    ['pipe.txt', '|', [['a@example.com', 'Anna', '12.50'], ['b@example.com', 'Bernd', '3.00']]],
  ])('%s is split on %j', async (name, delimiter, cells) => {
    const table = await openTable(fixture(name));
    expect(table.delimiter).toBe(delimiter);
    expect(table.columns).toEqual(['Email', 'Name', 'Total']);
    expect((await readAll(table)).map((r) => r.cells)).toEqual(cells);
    expect(table.issues).toEqual([]);
  });

  it('honours a delimiter override', async () => {
    const table = await openTable(fixture('semicolon.csv'), { delimiter: ',', headerRow: 1 });
    expect(table.delimiter).toBe(',');
    expect(table.columns).toEqual(['Email;Name;Total']);
  });
});

describe('header row, blank lines, quoting, line endings', () => {
  it('finds the header below title and blank rows and counts lines as Excel does', async () => {
    const table = await openTable(fixture('title-rows.csv'));
    expect(table.headerRow).toBe(4);
    expect(table.columns).toEqual(['Email', 'Name', 'Total', 'Date']);
    const rows = await readAll(table);
    expect(rows.map((r) => [r.index, r.line])).toEqual([[0, 5], [1, 6]]);
  });

  it('honours a header row override', async () => {
    const table = await openTable(fixture('title-rows.csv'), { headerRow: 5 });
    expect(table.columns).toEqual(['a@example.com', 'Anna', '12.50', '2024-04-30']);
    expect((await readAll(table)).map((r) => r.line)).toEqual([6]);
  });

  it('skips and counts blank lines (also ",," and whitespace-only rows, and a trailing empty line)', async () => {
    const scanned = await scanTable(fixture('blank-lines.csv'));
    expect(scanned.info.rowCount).toBe(3);
    const rows = await readAll(scanned.table);
    expect(rows.map((r) => [r.cells[0], r.line])).toEqual([['a@example.com', 2], ['b@example.com', 4], ['c@example.com', 7]]);
    expect(scanned.info.issues).toEqual([expect.objectContaining({ code: 'blank-rows', row: 3, message: '4 blank rows were skipped (the first is row 3).' })]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted cells, with exact start lines', async () => {
    const rows = await readAll(await openTable(fixture('quoted.csv')));
    expect(rows.map((r) => r.cells[1])).toEqual(['Hello, world', 'She said "hi"', 'two\r\nlines', 'three\nmixed\rbreaks', 'plain']);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 6, 9]);
  });

  it.each([['crlf.csv'], ['lf.csv'], ['cr.csv']])('%s gives the same rows and lines', async (name) => {
    const rows = await readAll(await openTable(fixture(name)));
    expect(rows.map((r) => r.cells[0])).toEqual(['a@example.com', 'b@example.com']);
    expect(rows[0]?.cells[1]?.replace(/\r\n?/g, '\n')).toBe('Anna\nMaria');
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });
});

describe('ragged rows, headers, Excel habits', () => {
  it('reports rows with too few or too many cells with their line, never shifting cells', async () => {
    const scanned = await scanTable(fixture('ragged.csv'));
    const rows = await readAll(scanned.table);
    expect(rows.map((r) => r.cells)).toEqual([
      ['a@example.com', 'Anna', '1'],
      ['b@example.com', 'Bernd', ''],
      ['c@example.com', 'Clara', '3', 'extra'],
      ['d@example.com', 'Dora', '4'],
      ['e@example.com', 'Emil', '5'],
    ]);
    expect(scanned.info.issues.map((i) => [i.code, i.row, i.severity])).toEqual([['too-few-cells', 3, 'error'], ['too-many-cells', 4, 'error']]);
    expect(rows[1]?.issues?.[0]?.message).toBe('Row 3 has 2 cells but the header has 3 columns; some values may be in the wrong columns.');
  });

  it('keeps hostile headers as plain strings, renames duplicates and empties, and pollutes nothing', async () => {
    const scanned = await scanTable(fixture('hostile-headers.csv'));
    expect(scanned.info.columns).toEqual(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'Email', 'Email (2)', 'Column H', 'hasOwnProperty']);
    expect(scanned.info.issues.map((i) => i.code)).toEqual(['duplicate-header', 'empty-header']);
    expect(Object.getOwnPropertyNames(scanned.info.samples)).toContain('__proto__');
    expect(Object.getPrototypeOf(scanned.info.samples)).toBeNull();
    expect(({} as Record<string, unknown>).p).toBeUndefined();
    const rows = await readAll(scanned.table);
    expect(Array.isArray(rows[0]?.cells)).toBe(true);
  });

  it("strips Excel's leading apostrophe before digits and +, keeps other text, flags scientific numbers", async () => {
    const rows = await readAll(await openTable(fixture('apostrophes.csv')));
    expect(rows.map((r) => r.cells)).toEqual([
      ['02134', '+49 151 2345678', "'quoted text stays", '00042'],
      ['00501', '4.91512E+10', 'plain', '00043'],
    ]);
    expect(rows[1]?.issues).toEqual([expect.objectContaining({ code: 'excel-scientific', row: 3, column: 'Phone', severity: 'warning' })]);
  });

  it('reads the Shopify orders export with its multi-line orders', async () => {
    const scanned = await scanTable(fixture('shopify-orders.csv'));
    expect(scanned.info.rowCount).toBe(6);
    expect(scanned.info.columns).toContain('Lineitem sku');
    const rows = await readAll(scanned.table);
    const col = (name: string) => scanned.info.columns.indexOf(name);
    expect(rows.map((r) => r.cells[col('Name')])).toEqual(['#1001', '#1001', '#1001', '#1002', '#1003', '#1003']);
    expect(rows.map((r) => r.cells[col('Email')] !== '')).toEqual([true, false, false, true, true, false]);
    expect(rows[1]?.cells[col('Lineitem name')]).toBe('T-Shirt, "Vintage" - M');
    expect(rows[0]?.cells[col('Billing Zip')]).toBe('80331');
    expect(scanned.info.issues).toEqual([]);
  });
});
