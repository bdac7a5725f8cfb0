import type { Issue } from './issue';

// Shapes shared by the CSV and XLSX readers, the scan and the dataset registry.
// Rows are arrays and headers a plain array: no object is ever keyed by a header, so a
// header named `__proto__` or `constructor` is just a string (ING-06).

/** One data row of a spreadsheet. */
export interface SourceRow {
  /** 0-based index among data rows (header, title and blank rows excluded). */
  index: number;
  /** 1-based row number as Excel shows it (CSV: the physical line where the record starts). */
  line: number;
  /** Cell texts in column order (may be shorter or longer than the header: see issues). */
  cells: string[];
  /** Problems of this row found while reading (ragged row, Excel-mangled number...). */
  issues?: Issue[];
}

/** What the user may override (each item is also detected). */
export interface TableOptions {
  /** WHATWG encoding label, e.g. 'utf-8', 'utf-16le', 'windows-1252'. CSV only. */
  encoding?: string;
  /** One of , ; tab | (or any single character). CSV only. */
  delimiter?: string;
  /** 1-based line/row number of the header row. */
  headerRow?: number;
  /** Sheet name. XLSX only. */
  sheet?: string;
  /** Overrides of the safety limits (tests, power users). */
  limits?: Partial<ReadLimits>;
}

/** Safety limits against absurd or hostile inputs. */
export interface ReadLimits {
  /** Largest file we open at all. */
  maxFileBytes: number;
  /** Most cells in one row (Excel's own maximum is 16,384 columns). */
  maxColumns: number;
  /** Longest single cell, in characters. */
  maxCellChars: number;
  /** Longest CSV record in characters (an unclosed quote otherwise swallows the file). */
  maxRecordChars: number;
  /** XLSX: most ZIP entries. */
  maxZipEntries: number;
  /** XLSX: most inflated bytes of one entry and of all entries read. */
  maxEntryBytes: number;
  maxTotalInflatedBytes: number;
  /** XLSX: most inflated bytes of the shared-strings part (held in memory). */
  maxSharedStringsBytes: number;
  /** XLSX: highest inflated/compressed ratio for entries larger than 1 MiB. */
  maxCompressionRatio: number;
}

/** Defaults: generous for real exports, fatal for bombs. */
export const defaultLimits: ReadLimits = {
  maxFileBytes: 2 * 1024 ** 3,
  maxColumns: 16_384,
  maxCellChars: 1_000_000,
  maxRecordChars: 8_000_000,
  maxZipEntries: 10_000,
  maxEntryBytes: 2 * 1024 ** 3,
  maxTotalInflatedBytes: 3 * 1024 ** 3,
  maxSharedStringsBytes: 256 * 1024 ** 2,
  maxCompressionRatio: 200,
};

/** How far a read has come (throttled by the reader). */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

/** Cancellation and progress for long reads. */
export interface ReadControl {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

/** A spreadsheet opened for streaming: what was detected plus a way to read its rows. */
export interface Table {
  path: string;
  format: 'csv' | 'xlsx';
  sizeBytes: number;
  encoding?: string;
  delimiter?: string;
  headerRow: number;
  sheet?: string;
  sheets?: string[];
  /** Unique, non-empty column names in order (duplicates renamed "Email (2)"). */
  columns: string[];
  /** Problems found while detecting (encoding fallback, duplicate headers, ambiguous delimiter). */
  issues: Issue[];
  /** Streams the data rows in order, in chunks (a new pass over the file each call). */
  rows(control?: ReadControl): AsyncIterable<SourceRow[]>;
  /** Releases what detection kept open for the first pass (XLSX); rows() still works. */
  close(): void;
}
