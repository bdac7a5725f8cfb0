import { basename } from 'node:path';
import type { z } from 'zod';
import type { datasetInfoSchema } from '../../shared/views';
import type { ScanStats } from './scan-stats';
import type { SourceRow, Table } from './table-types';

/** The File step's view of a dataset (without the registry's id). */
export type ScannedInfo = Omit<z.infer<typeof datasetInfoSchema>, 'datasetId'>;

/** A scanned table: its info, its rows, and random access to them. */
export interface ScannedTable {
  info: ScannedInfo;
  table: Table;
  /** Data rows [firstIndex, firstIndex + count) (fewer at the end of the file). */
  readRows(firstIndex: number, count: number, signal?: AbortSignal): Promise<SourceRow[]>;
}

/** Builds the info from a table and the statistics of a pass. */
export function scannedInfo(table: Table, stats: ScanStats, blanks: { rows: number; firstLine?: number }, fingerprint: string): ScannedInfo {
  const info: ScannedInfo = {
    fileName: basename(table.path), format: table.format, sizeBytes: table.sizeBytes, headerRow: table.headerRow,
    columns: table.columns, rowCount: stats.rowCount, samples: stats.samplesByColumn(),
    issues: [...table.issues, ...stats.issues(blanks.rows, blanks.firstLine)], fingerprint,
  };
  if (table.encoding !== undefined) info.encoding = table.encoding;
  if (table.delimiter !== undefined) info.delimiter = table.delimiter;
  if (table.sheet !== undefined) info.sheet = table.sheet;
  if (table.sheets !== undefined) info.sheets = table.sheets;
  return info;
}
