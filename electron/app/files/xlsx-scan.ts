import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { throwIfAborted } from './file-error';
import { throttleProgress } from './progress-throttle';
import { RowShaper } from './row-shaper';
import { ScanStats } from './scan-stats';
import type { ScannedTable } from './scanned-info';
import { scannedInfo } from './scanned-info';
import type { ReadControl, SourceRow } from './table-types';
import type { XlsxTable } from './xlsx-table';

// An XLSX cannot be seeked (rows live inside a deflated XML stream), so random access keeps
// the first rows in memory up to a budget (~100 bytes + 2 bytes per character per row: 64 MiB
// holds roughly 300,000 typical conversion rows) and serves pages beyond it by streaming the
// sheet again into a window of rows around the page asked for.

/** Memory budget for cached XLSX rows, in estimated bytes. */
export const xlsxCacheBudget = 64 * 1024 * 1024;
const windowRows = 4000;

function rowBytes(row: SourceRow): number {
  let bytes = 100;
  for (const cell of row.cells) bytes += 16 + cell.length * 2;
  return bytes;
}

async function hashFile(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    throwIfAborted(signal);
    hash.update(chunk);
  }
  return hash.digest('hex');
}

/** Rows kept in memory after the scan, plus one re-streamed window. */
class XlsxRowCache {
  private readonly head: SourceRow[] = [];
  private headBytes = 0;
  private full = false;
  private window: SourceRow[] = [];

  constructor(private readonly table: XlsxTable, private readonly budget: number) {}

  keep(rows: readonly SourceRow[]): void {
    for (const row of rows) {
      if (this.full) return;
      this.headBytes += rowBytes(row);
      if (this.headBytes > this.budget) this.full = true;
      else this.head.push(row);
    }
  }

  async read(first: number, count: number, rowCount: number, signal?: AbortSignal): Promise<SourceRow[]> {
    const end = Math.min(first + count, rowCount);
    if (count <= 0 || first < 0 || first >= end) return [];
    if (end <= this.head.length) return this.head.slice(first, end);
    const from = this.window[0]?.index ?? -1;
    if (from <= first && from >= 0 && from + this.window.length >= end) return this.window.slice(first - from, end - from);
    const start = Math.max(0, first - windowRows / 2);
    const stop = Math.max(end, start + windowRows);
    const window: SourceRow[] = [];
    for await (const rows of this.table.rows({ signal })) {
      for (const row of rows) if (row.index >= start && row.index < stop) window.push(row);
      if ((rows[rows.length - 1]?.index ?? 0) >= stop - 1) break;
    }
    this.window = window;
    const at = window[0]?.index ?? start;
    return window.slice(first - at, end - at);
  }
}

/** Full pass over an XLSX sheet; the fingerprint is hashed from the file alongside. */
export async function scanXlsx(table: XlsxTable, control: ReadControl, budget = xlsxCacheBudget): Promise<ScannedTable> {
  const stats = new ScanStats(table.columns);
  const shaper = new RowShaper(table.path, table.columns, table.headerRow, table.limits, 0, true);
  const cache = new XlsxRowCache(table, budget);
  const progress = throttleProgress(control.onProgress);
  const hashing = hashFile(table.path, control.signal);
  hashing.catch(() => undefined);
  for await (const rows of table.rowsWith(shaper, { signal: control.signal, onProgress: progress })) {
    stats.add(rows);
    cache.keep(rows);
  }
  const fingerprint = `${table.sizeBytes}:${await hashing}`;
  progress({ bytesRead: table.sizeBytes, totalBytes: table.sizeBytes, rows: stats.rowCount }, true);
  const info = scannedInfo(table, stats, { rows: shaper.blankRows, firstLine: shaper.firstBlankLine }, fingerprint);
  return { info, table, readRows: (first, count, signal) => cache.read(first, count, stats.rowCount, signal) };
}
