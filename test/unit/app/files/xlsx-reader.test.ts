import { describe, expect, it } from 'vitest';
import { openTable } from '../../../../electron/app/files/open-table';
import { scanTable } from '../../../../electron/app/files/scan-table';
import { isDateFormat, naiveIso, plainDecimal, serialToDate, valueText } from '../../../../electron/app/files/xlsx-values';
import { fixture, readAll, rejection } from './files-helpers';

describe('XLSX reading (exceljs streaming reader)', () => {
  it('lists the sheets, opens the first by default and another on request', async () => {
    const first = await openTable(fixture('two-sheets.xlsx'));
    expect(first.sheets).toEqual(['Summary', 'Conversions']);
    expect(first.sheet).toBe('Summary');
    first.close();
    const table = await openTable(fixture('two-sheets.xlsx'), { sheet: 'conversions' });
    expect(table.sheet).toBe('Conversions');
    expect(table.headerRow).toBe(3);
    expect(table.columns).toEqual(['Email', 'Created', 'Zip', 'Phone', 'Total', 'Double', 'Note', 'Paid']);
  });

  it('turns dates into naive wall time, numbers into exact text, formulas and rich text into their values', async () => {
    const rows = await readAll(await openTable(fixture('two-sheets.xlsx'), { sheet: 'Conversions' }));
    expect(rows.map((r) => r.line)).toEqual([4, 5, 6]);
    expect(rows.map((r) => r.cells)).toEqual([
      ['a@example.com', '2024-03-31T14:30:00', '02134', '4915123456789', '12.5', '25', 'Hello World', 'TRUE'],
      ['b@example.com', '2023-12-01T00:00:00', '00501', '16175550134', '0.1', '0.2', "'kept apostrophe?", 'FALSE'],
      ['c@example.com', '2024-01-15T08:05:59', '10001', '1234567890123456800', '0.0000001', '', 'plain', ''],
    ]);
  });

  it('warns where Excel already damaged a number', async () => {
    const rows = await readAll(await openTable(fixture('two-sheets.xlsx'), { sheet: 'Conversions' }));
    expect(rows[0]?.issues).toBeUndefined();
    expect(rows[1]?.issues).toEqual([expect.objectContaining({ code: 'excel-scientific', row: 5, column: 'Phone' })]);
    expect(rows[2]?.issues).toEqual([expect.objectContaining({ code: 'excel-precision', row: 6, column: 'Phone' })]);
  });

  it('reads the Shopify orders workbook like its CSV twin', async () => {
    const xlsx = await scanTable(fixture('shopify-orders.xlsx'));
    const csv = await scanTable(fixture('shopify-orders.csv'));
    expect(xlsx.info.columns).toEqual(csv.info.columns);
    expect(xlsx.info.rowCount).toBe(6);
    expect(xlsx.info.issues).toEqual([]);
    const [a, b] = [await readAll(xlsx.table), await readAll(csv.table)];
    expect(a.map((r) => [r.line, r.cells])).toEqual(b.map((r) => [r.line, r.cells]));
  });

  it('names the sheets when asked for one that does not exist', async () => {
    const error = await rejection(openTable(fixture('two-sheets.xlsx'), { sheet: 'Nope' }));
    expect(error).toMatchObject({ kind: 'file', file: 'two-sheets.xlsx' });
    expect(error.message).toContain('Summary, Conversions');
  });

  it('serves pages by index, also beyond the in-memory cache', async () => {
    const scanned = await scanTable(fixture('shopify-orders.xlsx'));
    const all = await readAll(scanned.table);
    expect(await scanned.readRows(2, 3)).toEqual(all.slice(2, 5));
    expect(await scanned.readRows(5, 10)).toEqual(all.slice(5));
    expect(await scanned.readRows(6, 1)).toEqual([]);
  });
});

describe('cell values', () => {
  it.each([
    ['1e+21', '1000000000000000000000'],
    ['1.5e-7', '0.00000015'],
    ['-2.5e+3', '-2500'],
    ['4.9151234567e+10', '49151234567'],
    ['12.5', '12.5'],
  ])('plainDecimal(%s) = %s', (input, output) => {
    expect(plainDecimal(input)).toBe(output);
  });

  it('converts serials in both date systems and rounds to the second', () => {
    expect(naiveIso(serialToDate(45382.604166666664, false))).toBe('2024-03-31T14:30:00');
    expect(naiveIso(serialToDate(45382.604166666664 - 1462, true))).toBe('2024-03-31T14:30:00');
    expect(naiveIso(new Date(Date.UTC(2024, 0, 1, 23, 59, 59, 999)))).toBe('2024-01-02T00:00:00');
  });

  it('recognises date formats like exceljs', () => {
    expect(isDateFormat('dd.mm.yyyy hh:mm')).toBe(true);
    expect(isDateFormat('[$-407]General')).toBe(false);
    expect(isDateFormat('0.00E+00')).toBe(false);
    expect(isDateFormat('"Day "0')).toBe(false);
  });

  it('keeps formula results, rich text, errors and date-formatted formula results', () => {
    expect(valueText({ value: { formula: 'A1', result: 45382.5 }, numFmt: 'yyyy-mm-dd' }, false)).toEqual({ text: '2024-03-31T12:00:00' });
    expect(valueText({ value: { richText: [{ text: 'a' }, { text: 'b' }] } }, false)).toEqual({ text: 'ab' });
    expect(valueText({ value: { error: '#REF!' } }, false)).toEqual({ text: '#REF!', problem: 'error' });
    expect(valueText({ value: Number('1234567890123456789') }, false)).toEqual({ text: '1234567890123456800', problem: 'precision' });
  });
});
