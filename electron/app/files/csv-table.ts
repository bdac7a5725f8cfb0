import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { csvParser, detectLineEndings, parseCsvChunk } from './csv-chunk';
import type { ParsedChunk } from './csv-chunk';
import { delimiterName, detectDelimiter } from './csv-dialect';
import type { CsvDialect, RecordBatch, RecordStart } from './csv-records';
import { EncodingMismatchError, readCsvRecords } from './csv-records';
import { checkWidth, fileError, throwIfAborted } from './file-error';
import { buildColumns, detectHeaderIndex } from './header-row';
import type { Issue } from './issue';
import { rowIssue } from './issue';
import { RowShaper } from './row-shaper';
import type { ReadControl, ReadLimits, SourceRow, Table, TableOptions } from './table-types';
import { canonicalEncoding, detectEncoding, strictDecoder } from './text-encoding';

// Opening a CSV/TSV/TXT: detection runs on the first 256 KiB only; rows are streamed on demand.

const prefixBytes = 256 * 1024;

/** A CSV table plus what the scan and the row index need to replay it from any record. */
export interface CsvTable extends Table {
  format: 'csv';
  dialect: CsvDialect;
  limits: ReadLimits;
  /** Streams data rows from a record boundary; the first data row there gets `firstIndex`. */
  rowsFrom(start: RecordStart, firstIndex: number, control?: ReadControl, hooks?: PassHooks): AsyncGenerator<SourceRow[]>;
}

/** What the scan watches during a pass. */
export interface PassHooks {
  /** The shaper to use (its counters survive the pass). */
  shaper?: RowShaper;
  onBytes?: (bytes: Buffer) => void;
  /** Called before each batch is shaped, with the index its first data row will get. */
  onBatch?: (batch: RecordBatch, nextIndex: number) => void;
}

/** The table as a CSV table (with what reading it in ranges needs), or undefined for a workbook. */
export function asCsvTable(table: Table): CsvTable | undefined {
  return table.format === 'csv' && 'dialect' in table ? (table as CsvTable) : undefined;
}

async function readPrefix(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(prefixBytes);
    const { bytesRead } = await handle.read(buffer, 0, prefixBytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function chooseEncoding(path: string, prefix: Buffer, complete: boolean, options: TableOptions) {
  const override = options.encoding ? canonicalEncoding(options.encoding) : undefined;
  if (options.encoding && !override) throw fileError(path, `"${options.encoding}" is not an encoding we know. Try utf-8, utf-16le or windows-1252.`);
  const choice = detectEncoding(prefix, complete, override);
  let text: string;
  try {
    text = strictDecoder(choice.encoding).decode(prefix.subarray(choice.bomLength), { stream: !complete });
  } catch {
    throw new EncodingMismatchError(1, false, path, choice.encoding);
  }
  const issues: Issue[] = choice.fallback
    ? [rowIssue(1, 'warning', 'encoding-fallback', 'This file is not UTF-8, so we read it as Windows-1252 (Western European, what Excel writes for "CSV (Comma delimited)"). If accented letters look wrong, choose the right encoding.')]
    : [];
  return { choice, text, issues };
}

function chooseHeader(path: string, sample: ParsedChunk, headerRow: number | undefined): number {
  if (headerRow === undefined) return detectHeaderIndex(sample.records);
  const index = sample.lines.indexOf(headerRow);
  if (index === -1) throw fileError(path, `Row ${headerRow} is not the start of a row within the first ${sample.records.length} rows, so it cannot be the header row.`, { row: headerRow });
  return index;
}

/** Detects encoding, delimiter, line ending and header row; returns a streamable table. */
export async function openCsvTable(path: string, sizeBytes: number, options: TableOptions, limits: ReadLimits): Promise<CsvTable> {
  const prefix = await readPrefix(path);
  const complete = prefix.length >= sizeBytes;
  const { choice, text, issues } = chooseEncoding(path, prefix, complete, options);
  if (text.includes('\u0000')) throw fileError(path, `"${basename(path)}" contains binary data: it is not a CSV or text file. Export the data as CSV or Excel.`);
  const { newline, repairCr } = detectLineEndings(text);
  const preferTab = choice.encoding.startsWith('utf-16') || ['.tsv', '.tab'].includes(extname(path).toLowerCase());
  const guess = options.delimiter ? { delimiter: options.delimiter, alternatives: [] } : detectDelimiter(text, newline, complete, preferTab);
  if (guess.alternatives.length > 0) {
    const others = guess.alternatives.map(delimiterName).join(' or ');
    issues.push(rowIssue(1, 'warning', 'delimiter-ambiguous', `The columns seem to be separated by ${delimiterName(guess.delimiter)}s, but ${others} would also fit. Check the columns and change the separator if they look wrong.`));
  }
  const dialect: CsvDialect = { encoding: choice.encoding, bomLength: choice.bomLength, delimiter: guess.delimiter, newline, repairCr };
  const sample = parseCsvChunk(csvParser(dialect.delimiter, newline), text, complete, 1, repairCr);
  if (!complete && sample.records.length === 0) {
    throw fileError(path, 'Row 1 is longer than 256 KB: it has far too many columns, or a quote (") that is never closed.', { row: 1 });
  }
  const headerIndex = chooseHeader(path, sample, options.headerRow);
  if (headerIndex === -1) throw fileError(path, `"${basename(path)}" has no rows to read.`);
  const headerLine = sample.lines[headerIndex] as number;
  checkWidth(path, (sample.records[headerIndex] as string[]).length, headerLine, limits);
  const header = buildColumns(sample.records[headerIndex] as string[], headerLine);
  return csvTable(path, sizeBytes, dialect, headerLine, header.columns, [...issues, ...header.issues], limits);
}

function csvTable(path: string, sizeBytes: number, dialect: CsvDialect, headerRow: number, columns: string[], issues: Issue[], limits: ReadLimits): CsvTable {
  async function* rowsFrom(start: RecordStart, firstIndex: number, control: ReadControl = {}, hooks: PassHooks = {}): AsyncGenerator<SourceRow[]> {
    const shaper = hooks.shaper ?? new RowShaper(path, columns, headerRow, limits, firstIndex);
    for await (const batch of readCsvRecords(path, dialect, start, limits, { signal: control.signal, onBytes: hooks.onBytes })) {
      hooks.onBatch?.(batch, shaper.nextIndex);
      shaper.checkReplacement ||= batch.replacementSeen;
      const errors = new Map(batch.quoteErrors.map((e) => [e.record, e.code]));
      const rows: SourceRow[] = [];
      for (let i = 0; i < batch.records.length; i++) {
        const row = shaper.shape(batch.records[i] as string[], batch.lines[i] as number, errors.get(i));
        if (row) rows.push(row);
      }
      control.onProgress?.({ bytesRead: batch.bytesRead, totalBytes: sizeBytes, rows: shaper.nextIndex });
      if (rows.length > 0) yield rows;
      throwIfAborted(control.signal);
    }
  }
  return {
    path, format: 'csv', sizeBytes, encoding: dialect.encoding, delimiter: dialect.delimiter, headerRow, columns, issues, dialect, limits, rowsFrom,
    rows: (control) => rowsFrom({ byte: 0, line: 1 }, 0, control),
    close: () => undefined,
  };
}
