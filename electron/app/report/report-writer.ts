import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { RowCells } from '../../core/mapping/plan';
import { itemCode } from '../../core/upload/item-codes';
import type { UploadItem } from '../upload/engine-types';
import { csvLine } from './csv-cells';
import { summaryColumns, summaryCells } from './problem-summary';

// The results report: the user's own columns back (the one place original cells appear, by
// design: their data, to a path they chose or straight into their browser's download) plus the
// upload's verdict for every row, ready to fix and re-send. Or, on request, a value-free
// summary of the problem rows (PRIV-06). The text is produced in chunks so that the same rows
// can go to a file (atomically) or stream into an HTTP response without ever being stored.

/** A row's verdict in the report. */
export interface ReportVerdict {
  status: string;
  message: string;
}

/** Where the report's rows and verdicts come from. */
export interface ReportSource {
  columns: readonly string[];
  test: boolean;
  /** Raw rows of the file, tee'd: the items stream reads them, the writer joins them back. */
  rows: Map<number, readonly string[]>;
  /** The job's items, re-derived from the file in order. */
  items: AsyncIterable<{ items: readonly UploadItem[] }>;
  verdict(item: UploadItem, ordinal: number): ReportVerdict;
}

/** Which report: every row or only the problems; the user's columns or no cell value at all. */
export interface ReportOptions {
  onlyProblems: boolean;
  /** Row, column, status, code and message of the problem rows only: no cell of the file. */
  valueFree: boolean;
}

/** Wording of the statuses; test runs say TEST in every row. */
export const statusWords: Record<number, string> = {
  [itemCode.none]: 'pending',
  [itemCode.sent]: 'sent',
  [itemCode.rejected]: 'rejected',
  [itemCode.inflight]: 'possibly sent',
  [itemCode.skipped]: 'skipped (already sent)',
  [itemCode.invalid]: 'invalid',
  [itemCode.duplicate]: 'duplicate',
  [itemCode.excluded]: 'skipped (sent by the earlier upload)',
};

/** Column names the report adds (renamed if the file already has them). */
export function reportColumns(columns: readonly string[]): string[] {
  const extra = ['Upload row', 'Upload status', 'Upload message', 'Upload mode'];
  return extra.map((name) => (columns.includes(name) ? `${name} (report)` : name));
}

/** True for the verdicts a "problems only" report keeps (what needs fixing or checking). */
export function isProblem(status: string): boolean {
  return status !== 'sent' && !status.startsWith('skipped') && status !== 'duplicate';
}

/** Counts the data rows a run of reportChunks produced. */
export interface RowCounter {
  rows: number;
}

function rowCells(source: ReportSource, line: number, verdict: ReportVerdict, mode: string): string[] {
  const cells = source.rows.get(line) ?? [];
  const padded = source.columns.map((_, i) => cells[i] ?? '');
  return [...padded, String(line), source.test ? `${verdict.status} (TEST)` : verdict.status, verdict.message, mode];
}

/** The report's CSV text, header first, one chunk per chunk of items. */
export async function* reportChunks(source: ReportSource, options: ReportOptions, counter: RowCounter): AsyncGenerator<string> {
  const mode = source.test ? 'TEST' : 'LIVE';
  yield csvLine(options.valueFree ? summaryColumns : [...source.columns, ...reportColumns(source.columns)]);
  let ordinal = 0;
  for await (const chunk of source.items) {
    let text = '';
    for (const item of chunk.items) {
      const verdict = source.verdict(item, ordinal++);
      const keep = !(options.onlyProblems || options.valueFree) || isProblem(verdict.status);
      for (const line of item.rows) {
        const cells = keep && !options.valueFree ? rowCells(source, line, verdict, mode) : undefined;
        source.rows.delete(line);
        if (!keep) continue;
        text += csvLine(cells ?? summaryCells(line, item, verdict, source.test));
        counter.rows++;
      }
    }
    if (text) yield text;
  }
}

/** Writes text chunks to a stream, honouring back-pressure; an aborted signal stops it (throws). */
export async function pumpChunks(out: Writable, chunks: AsyncIterable<string>, signal?: AbortSignal): Promise<void> {
  for await (const text of chunks) {
    signal?.throwIfAborted();
    if (!out.write(text)) await once(out, 'drain', signal ? { signal } : {});
  }
}

/** Writes the report atomically; resolves to the number of data rows written. */
export async function writeReport(path: string, source: ReportSource, options: ReportOptions | boolean): Promise<number> {
  const opts = typeof options === 'boolean' ? { onlyProblems: options, valueFree: false } : options;
  const temp = join(dirname(path), `.report-${process.pid}-${Date.now()}.tmp`);
  const out = createWriteStream(temp, { encoding: 'utf8', mode: 0o600 });
  const counter: RowCounter = { rows: 0 };
  try {
    await pumpChunks(out, reportChunks(source, opts, counter));
    out.end();
    await once(out, 'close');
    renameSync(temp, path);
  } catch (error) {
    out.destroy();
    rmSync(temp, { force: true });
    throw error;
  }
  return counter.rows;
}

/** Wraps a row source so every row's raw cells are kept (by line) until the writer takes them. */
export function teeRows<S extends { rows(opts: { signal?: AbortSignal }): AsyncIterable<readonly RowCells[]> }>(source: S, keep: Map<number, readonly string[]>): S {
  return Object.assign(Object.create(source) as S, {
    async *rows(opts: { signal?: AbortSignal }) {
      for await (const chunk of source.rows(opts)) {
        for (const row of chunk) keep.set(row.line, row.cells);
        yield chunk;
      }
    },
  });
}
