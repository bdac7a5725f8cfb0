import { closeSync, mkdirSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../../electron/app/files/open-table';
import { scanTable } from '../../../../electron/app/files/scan-table';
import { toFileAppError } from '../../../../electron/app/files/file-error';
import { readAll, rejection, tempDir, tempFile } from './files-helpers';

// ING-08 and absurd inputs: every refusal is a `file` AppError naming the file (and the row).

describe('limits', () => {
  it('refuses a 5 GB file with a clear message (sparse file, nothing is read)', async () => {
    const path = join(tempDir(), 'huge.csv');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 5 * 1024 ** 3);
    closeSync(fd);
    const error = await rejection(openTable(path));
    expect(error).toMatchObject({ kind: 'file', file: 'huge.csv' });
    expect(error.message).toBe('"huge.csv" is unsafe or too large to open: it is 5.0 GB and the limit is 2.0 GB. Split it into smaller files.');
  });

  it('refuses a 100,000-column row, in the header or in the data', async () => {
    const wide = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
    const inData = await rejection(scanTable(tempFile('wide.csv', `a,b\n1,2\n${wide}\n`)));
    expect(inData).toMatchObject({ kind: 'file', row: 3 });
    expect(inData.message).toBe('Row 3 has 100,000 cells; at most 16,384 columns are supported.');
    const inHeader = await rejection(openTable(tempFile('wide-header.csv', `${wide}\n${wide}\n`)));
    expect(inHeader).toMatchObject({ kind: 'file', row: 1 });
    const header = Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',');
    expect((await rejection(openTable(tempFile('wide-header2.csv', `${header}\n1,2\n`)))).message).toBe('Row 1 has 20,000 cells; at most 16,384 columns are supported.');
  });

  it('refuses an over-long cell, naming row and column', async () => {
    const path = tempFile('long.csv', `Email,Note\na@example.com,${'x'.repeat(5000)}\n`);
    const error = await rejection(scanTable(path, { limits: { maxCellChars: 1000 } }));
    expect(error).toMatchObject({ kind: 'file', row: 2, column: 'Note' });
  });

  it('blocks an unclosed quote instead of silently swallowing rows (ING-02)', async () => {
    const atEnd = await rejection(scanTable(tempFile('open-quote.csv', 'Email,Note\na@example.com,"never closed\nb@example.com,x\nc@example.com,y\n')));
    expect(atEnd).toMatchObject({ kind: 'file', row: 2 });
    expect(atEnd.message).toContain('never closed');
    const big = `Email,Note\na@example.com,"open\n${'b@example.com,x\n'.repeat(5000)}`;
    const capped = await rejection(scanTable(tempFile('open-quote-big.csv', big), { limits: { maxRecordChars: 10_000 } }));
    expect(capped).toMatchObject({ kind: 'file', row: 2 });
  });

  it('flags a stray quote in a row as a warning and keeps the row', async () => {
    const scanned = await scanTable(tempFile('stray.csv', 'Email,Height\na@example.com,"5"10"\nb@example.com,5\'10"\n'));
    expect(scanned.info.rowCount).toBe(2);
    expect((await readAll(scanned.table)).map((r) => r.cells[1])).toEqual(['5"10', '5\'10"']);
    expect(scanned.info.issues).toEqual([expect.objectContaining({ code: 'quotes', row: 2, severity: 'warning' })]);
  });

  it('explains empty files, folders and missing files', async () => {
    expect((await rejection(openTable(tempFile('empty.csv', '')))).message).toBe('"empty.csv" is empty.');
    expect((await rejection(openTable(tempFile('blank.csv', '\n\n , \n')))).message).toContain('has no rows');
    const folder = join(tempDir(), 'folder.csv');
    mkdirSync(folder);
    expect((await rejection(openTable(folder))).message).toContain('is a folder');
    const missing = join(tempDir(), 'gone.csv');
    let error: unknown;
    await openTable(missing).catch((e: unknown) => (error = e));
    expect(toFileAppError(missing, error)).toMatchObject({ kind: 'file', file: 'gone.csv', message: '"gone.csv" was not found. It may have been moved or deleted.' });
  });

  it('keeps dynamic typing off: the papaparse ReDoS input is just text', async () => {
    const value = `${'0'.repeat(100_000)}a`;
    const rows = await readAll(await openTable(tempFile('redos.csv', `Email,Value\na@example.com,${value}\n`)));
    expect(rows[0]?.cells[1]).toBe(value);
  });
});
