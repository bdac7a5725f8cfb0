import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

// Spreadsheets for the journey, written at test time so their event times are always recent
// (Pinterest and the sandbox refuse events older than 7 days). Two rows carry errors on purpose
// (an email without "@" and no other identity, an amount that is not a number); the "fixed"
// variant repairs exactly those rows, for the re-send test.

/** Header of the journey files (what a shop export looks like). */
export const journeyHeader = ['Order ID', 'E-mail', 'Phone', 'First Name', 'Last Name', 'Country', 'Order Date', 'Total', 'Currency', 'Customer'];

/** Rows with problems: 1-based spreadsheet line numbers (the header is line 1). */
export const brokenLines = [4, 7];

function isoHoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The table (header + 10 rows); `fixed` repairs the broken rows. */
export function journeyRows(fixed = false): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < 10; i += 1) {
    rows.push([`ORD-${1000 + i}`, `buyer${i}@example.com`, `+1 415 555 01${String(i).padStart(2, '0')}`, `Ann${i}`, `Lee${i}`, 'US', isoHoursAgo(2 + i), `${(20 + i * 3.5).toFixed(2)}`, 'USD', `CUST-${i}`]);
  }
  if (!fixed) {
    rows[2]![1] = 'buyer2 at example.com'; // line 4: not an email
    rows[2]![2] = '';
    rows[5]![7] = 'twelve'; // line 7: not an amount
  }
  return [journeyHeader, ...rows];
}

function csvText(rows: string[][]): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** A fresh folder with journey.csv, journey.xlsx and their fixed variants. */
export async function writeJourneyFiles(): Promise<{ dir: string; csv: string; xlsx: string; fixedCsv: string; fixedXlsx: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cu-e2e-files-'));
  const files = { dir, csv: join(dir, 'journey.csv'), xlsx: join(dir, 'journey.xlsx'), fixedCsv: join(dir, 'journey-fixed.csv'), fixedXlsx: join(dir, 'journey-fixed.xlsx') };
  writeFileSync(files.csv, csvText(journeyRows()));
  writeFileSync(files.fixedCsv, csvText(journeyRows(true)));
  for (const [path, fixed] of [[files.xlsx, false], [files.fixedXlsx, true]] as const) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Orders');
    for (const row of journeyRows(fixed)) sheet.addRow(row);
    await book.xlsx.writeFile(path);
  }
  return files;
}

/** A CSV of `rows` valid conversions (for cancel and rate-limit tests). */
export function writeBigCsv(dir: string, rows: number): string {
  const lines = [journeyHeader.join(',')];
  for (let i = 0; i < rows; i += 1) lines.push([`BIG-${i}`, `big${i}@example.com`, '', 'Al', 'Bo', 'US', isoHoursAgo(1 + (i % 48)), '10.00', 'USD', `C${i}`].join(','));
  const path = join(dir, `big-${rows}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
