import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WriteStream } from 'node:fs';
import type { RowCells } from '../../core/mapping/plan';
import { itemCode } from '../../core/upload/item-codes';
import type { UploadItem } from '../upload/engine-types';
import { csvLine } from './csv-cells';

// The results report: the user's own columns back (the one place original cells appear, by
// design: their data, to a path they chose) plus the upload's verdict for every row, ready to
// fix and re-send. Written to a temporary file next to the target and renamed into place.

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

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes the report atomically; resolves to the number of data rows written. */
export async function writeReport(path: string, source: ReportSource, onlyProblems: boolean): Promise<number> {
  const temp = join(dirname(path), `.report-${process.pid}-${Date.now()}.tmp`);
  const out = createWriteStream(temp, { encoding: 'utf8', mode: 0o600 });
  const mode = source.test ? 'TEST' : 'LIVE';
  let written = 0;
  try {
    await write(out, csvLine([...source.columns, ...reportColumns(source.columns)]));
    let ordinal = 0;
    for await (const chunk of source.items) {
      let text = '';
      for (const item of chunk.items) {
        const verdict = source.verdict(item, ordinal++);
        const problem = verdict.status !== 'sent' && !verdict.status.startsWith('skipped') && verdict.status !== 'duplicate';
        for (const line of item.rows) {
          const cells = source.rows.get(line) ?? [];
          source.rows.delete(line);
          if (onlyProblems && !problem) continue;
          const padded = source.columns.map((_, i) => cells[i] ?? '');
          text += csvLine([...padded, String(line), source.test ? `${verdict.status} (TEST)` : verdict.status, verdict.message, mode]);
          written++;
        }
      }
      if (text) await write(out, text);
    }
    out.end();
    await once(out, 'close');
    renameSync(temp, path);
  } catch (error) {
    out.destroy();
    rmSync(temp, { force: true });
    throw error;
  }
  return written;
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
