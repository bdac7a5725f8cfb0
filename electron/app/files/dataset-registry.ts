import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { datasetInfoSchema } from '../../shared/views';
import type { CsvTable } from './csv-table';
import { asCsvTable } from './csv-table';
import { fileError } from './file-error';
import { scanTable } from './scan-table';
import type { SourceRow, TableOptions } from './table-types';

// The open spreadsheets of this backend. A dataset is scanned once when opened; afterwards
// the mapping pipeline and the upload engine stream its rows (`rows()`), and the preview reads
// pages (`readRows`). No dataset holds the whole file in memory (XLSX keeps a bounded cache).

export type { SourceRow } from './table-types';

/** What was detected when a file was opened (the contract's DatasetInfo). */
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;

/** Progress of an open, tagged with the dataset id (known from the first call on). */
export interface DatasetProgress {
  datasetId: string;
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

/** Options of `open`: detection overrides (see TableOptions). */
export type DatasetOpenOptions = TableOptions;

/** Cancellation and progress of `open`. onProgress is called once at the start with 0 bytes read. */
export interface DatasetOpenControl {
  signal?: AbortSignal;
  onProgress?: (progress: DatasetProgress) => void;
}

/** An opened, scanned spreadsheet. */
export interface OpenDataset {
  id: string;
  path: string;
  info: DatasetInfo;
  /** All data rows in order, in chunks (a fresh pass over the file each call). */
  rows(opts?: { signal?: AbortSignal }): AsyncIterable<SourceRow[]>;
  /** Data rows [firstIndex, firstIndex + count), fewer at the end; for preview pages. */
  readRows(firstIndex: number, count: number): Promise<SourceRow[]>;
  /** The table when it is a CSV (build workers may then read it in ranges themselves). */
  csvTable?: CsvTable;
  /** Throws when the file changed since it was opened (call before and after reading it without `rows`). */
  assertUnchanged(): Promise<void>;
}

/** Size and modification time: a file edited after it was scanned must be opened again. */
async function fileStamp(path: string): Promise<{ size: number; mtimeMs: number }> {
  const info = await stat(path);
  return { size: info.size, mtimeMs: info.mtimeMs };
}

async function assertUnchanged(path: string, stamp: { size: number; mtimeMs: number }): Promise<void> {
  const now = await fileStamp(path).catch(() => undefined);
  if (now?.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) throw fileError(path, `"${basename(path)}" changed (or was moved) after it was opened. Open it again so that the rows you check are the rows that are sent.`);
}

async function* checkedRows(path: string, stamp: { size: number; mtimeMs: number }, rows: () => AsyncIterable<SourceRow[]>): AsyncGenerator<SourceRow[]> {
  await assertUnchanged(path, stamp);
  yield* rows();
  // A file rewritten while it was being read would mix two versions: refuse at the end too.
  await assertUnchanged(path, stamp);
}

/** Keeps the open datasets by id; the least recently used are closed beyond `maxOpen`. */
export class DatasetRegistry {
  private readonly open_ = new Map<string, OpenDataset>();
  private readonly maxOpen: number;
  private readonly newId: () => string;

  constructor(options: { maxOpen?: number; newId?: () => string } = {}) {
    this.maxOpen = options.maxOpen ?? 8;
    this.newId = options.newId ?? randomUUID;
  }

  /** Scans the file and registers it; throws FileReadError (kind 'file' or 'cancelled'). */
  async open(path: string, options: DatasetOpenOptions = {}, control: DatasetOpenControl = {}): Promise<OpenDataset> {
    const id = this.newId();
    const before = await fileStamp(path);
    const report = control.onProgress;
    report?.({ datasetId: id, bytesRead: 0, totalBytes: before.size, rows: 0 });
    const onProgress = report && ((p: { bytesRead: number; totalBytes: number; rows: number }) => report({ datasetId: id, ...p }));
    const scanned = await scanTable(path, options, { signal: control.signal, onProgress });
    await assertUnchanged(path, before);
    const dataset: OpenDataset = {
      id,
      path,
      info: { datasetId: id, ...scanned.info },
      rows: (opts = {}) => checkedRows(path, before, () => scanned.table.rows({ signal: opts.signal })),
      readRows: async (firstIndex, count) => {
        await assertUnchanged(path, before);
        return scanned.readRows(firstIndex, count);
      },
      assertUnchanged: () => assertUnchanged(path, before),
    };
    const csvTable = asCsvTable(scanned.table);
    if (csvTable) dataset.csvTable = csvTable;
    this.open_.set(id, dataset);
    this.evict();
    return dataset;
  }

  /** The dataset with this id (and marks it recently used), if open. */
  get(id: string): OpenDataset | undefined {
    const dataset = this.open_.get(id);
    if (dataset) {
      this.open_.delete(id);
      this.open_.set(id, dataset);
    }
    return dataset;
  }

  /** Forgets a dataset; true when it was open. */
  close(id: string): boolean {
    return this.open_.delete(id);
  }

  private evict(): void {
    while (this.open_.size > this.maxOpen) {
      const oldest = this.open_.keys().next().value;
      if (oldest === undefined) return;
      this.open_.delete(oldest);
    }
  }
}
