import { createHash } from 'node:crypto';
import type { CsvTable } from './csv-table';
import { EncodingMismatchError } from './csv-records';
import { rowIssue } from './issue';
import { openTable } from './open-table';
import { throttleProgress } from './progress-throttle';
import { CheckpointIndex } from './row-index';
import { RowShaper } from './row-shaper';
import { ScanStats } from './scan-stats';
import type { ScannedTable } from './scanned-info';
import { scannedInfo } from './scanned-info';
import type { ReadControl, SourceRow, TableOptions } from './table-types';
import { scanXlsx } from './xlsx-scan';
import type { XlsxTable } from './xlsx-table';

export type { ScannedInfo, ScannedTable } from './scanned-info';

// One full pass over a file for the File step: counts, samples, issues, fingerprint, and the
// index that lets preview pages be read later without reading the file from the start.

async function scanCsv(table: CsvTable, control: ReadControl): Promise<ScannedTable> {
  const hash = createHash('sha256');
  const index = new CheckpointIndex();
  const stats = new ScanStats(table.columns);
  const shaper = new RowShaper(table.path, table.columns, table.headerRow, table.limits);
  const progress = throttleProgress(control.onProgress);
  const hooks = { shaper, onBytes: (b: Buffer) => hash.update(b), onBatch: (b: { startByte: number; startLine: number }, next: number) => index.add(b.startByte, b.startLine, next) };
  const pass = { signal: control.signal, onProgress: progress };
  for await (const rows of table.rowsFrom({ byte: 0, line: 1 }, 0, pass, hooks)) stats.add(rows);
  progress({ bytesRead: table.sizeBytes, totalBytes: table.sizeBytes, rows: stats.rowCount }, true);
  const fingerprint = `${table.sizeBytes}:${hash.digest('hex')}`;
  const info = scannedInfo(table, stats, { rows: shaper.blankRows, firstLine: shaper.firstBlankLine }, fingerprint);
  return { info, table, readRows: (first, count, signal) => readCsvRows(table, index, stats.rowCount, first, count, signal) };
}

async function readCsvRows(table: CsvTable, index: CheckpointIndex, rowCount: number, first: number, count: number, signal?: AbortSignal): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  if (count <= 0 || first >= rowCount || first < 0) return out;
  const from = index.find(first) ?? { byte: 0, line: 1, index: 0 };
  for await (const rows of table.rowsFrom({ byte: from.byte, line: from.line }, from.index, { signal })) {
    for (const row of rows) {
      if (row.index >= first + count) return out;
      if (row.index >= first) out.push(row);
    }
  }
  return out;
}

async function scanOnce(path: string, options: TableOptions, control: ReadControl): Promise<ScannedTable> {
  const table = await openTable(path, options);
  return table.format === 'csv' ? scanCsv(table as CsvTable, control) : scanXlsx(table as XlsxTable, control);
}

/** Reads the whole file once (see ScannedTable); falls back to Windows-1252 if UTF-8 fails late. */
export async function scanTable(path: string, options: TableOptions = {}, control: ReadControl = {}): Promise<ScannedTable> {
  try {
    return await scanOnce(path, options, control);
  } catch (error) {
    // Only the first 256 KiB decided "UTF-8"; a pure-ASCII start followed by a legacy byte
    // is a Windows-1252 export. A file that was valid UTF-8 text before is mixed: refuse.
    if (!(error instanceof EncodingMismatchError) || options.encoding || error.sawNonAscii) throw error;
    const scanned = await scanOnce(path, { ...options, encoding: 'windows-1252' }, control);
    scanned.info.issues.unshift(rowIssue(error.line, 'warning', 'encoding-fallback',
      `This file is not UTF-8 (from about row ${error.line}), so we read it as Windows-1252 (Western European, what Excel writes for "CSV (Comma delimited)"). If accented letters look wrong, choose the right encoding.`));
    return scanned;
  }
}
