import { open } from 'node:fs/promises';
import type { BoundaryDialect } from './csv-boundaries';
import { countLineBreaks, needMore, RecordScanner, unsure } from './csv-boundaries';
import type { CsvDialect, RecordStart } from './csv-records';
import type { CsvTable } from './csv-table';
import { throwIfAborted } from './file-error';
import type { ReadLimits } from './table-types';

// Cuts a CSV file into slices of whole records that worker threads decode, parse and shape on
// their own (see csv-range-rows): the reading thread only finds record ends in raw bytes, which
// costs a fraction of parsing. Where the boundary scan is unsure (odd quoting), it stops and
// says where the one-pass reader must take over, so every file reads exactly as in one pass.

/** What a worker needs to turn a range of a CSV table into its data rows. */
export interface CsvRangeSpec {
  path: string;
  dialect: CsvDialect;
  columns: string[];
  headerLine: number;
  limits: ReadLimits;
}

/** A slice of whole records. */
export interface CsvRange {
  kind: 'range';
  /** Byte offset of its first record and the line that record starts on. */
  start: RecordStart;
  /** Byte offset just after its last record. */
  end: number;
  /** The bytes [start.byte, end), in a buffer of their own (transferable). */
  bytes: Uint8Array;
  /** Line the next range starts on, by this scan's count (the parser's count is checked against it). */
  nextLine: number;
  /** The range ends the file. */
  final: boolean;
}

/** From here on, the file is read in one pass. */
export interface CsvRangeStop {
  kind: 'stop';
  start: RecordStart;
}

// Encodings whose line feeds, quotes and delimiters are the ASCII bytes themselves, whatever
// the other characters are (UTF-16 is not: its ASCII has zero bytes in between).
const asciiCompatible = /^(utf-8|windows-125\d|iso-8859-\d+|macintosh|koi8-r)$/;

/** The spec for reading `table` in ranges, or undefined when it must be read in one pass. */
export function csvRangeSpec(table: CsvTable): CsvRangeSpec | undefined {
  const { dialect } = table;
  if (!asciiCompatible.test(dialect.encoding)) return undefined;
  if (dialect.newline === '\r' || dialect.delimiter.length !== 1 || dialect.delimiter.charCodeAt(0) > 127 || dialect.delimiter === '"') return undefined;
  return { path: table.path, dialect, columns: table.columns, headerLine: table.headerRow, limits: table.limits };
}

export interface RangeOptions {
  /** Records per range (the last range of a read block may hold fewer). */
  records: number;
  /** Bytes read at a time. */
  blockBytes?: number;
  signal?: AbortSignal;
}

function boundaryDialect(dialect: CsvDialect): BoundaryDialect {
  return { delimiter: dialect.delimiter.charCodeAt(0), crlf: dialect.newline === '\r\n' };
}

/** A buffer with room for another block after the first `used` bytes, which it keeps. */
function grown(buffer: Buffer, used: number, blockBytes: number): Buffer {
  const bigger = Buffer.allocUnsafe((used + blockBytes) * 2);
  buffer.copy(bigger, 0, 0, used);
  return bigger;
}

/** Streams the file's ranges from its first byte after any BOM; may end with a stop. */
export async function* csvRanges(spec: CsvRangeSpec, options: RangeOptions): AsyncGenerator<CsvRange | CsvRangeStop> {
  const dialect = boundaryDialect(spec.dialect);
  const blockBytes = options.blockBytes ?? 1024 * 1024;
  const handle = await open(spec.path, 'r');
  try {
    // One buffer for the whole read: the unfinished record at its end moves to its start and the
    // next block is read after it (a buffer per block would leave megabytes of garbage outside
    // the heap between collections).
    let buffer: Buffer = Buffer.allocUnsafe(blockBytes * 2);
    let carry = 0;
    let byte = spec.dialect.bomLength;
    let line = 1;
    let eof = false;
    while (!eof) {
      throwIfAborted(options.signal);
      if (buffer.length - carry < blockBytes) buffer = grown(buffer, carry, blockBytes);
      const { bytesRead } = await handle.read(buffer, carry, blockBytes, byte + carry);
      eof = bytesRead === 0;
      const data = buffer.subarray(0, carry + bytesRead);
      const scanner = new RecordScanner(data, dialect, eof);
      let from = 0;
      let pos = 0;
      let records = 0;
      const cut = (final: boolean): CsvRange => {
        const nextLine = line + countLineBreaks(data, from, pos);
        const range: CsvRange = { kind: 'range', start: { byte: byte + from, line }, end: byte + pos, bytes: new Uint8Array(data.subarray(from, pos)), nextLine, final };
        line = nextLine;
        from = pos;
        records = 0;
        return range;
      };
      for (;;) {
        const end = scanner.recordEnd(pos);
        if (end === needMore) break;
        if (end === unsure) {
          if (pos > from) yield cut(false);
          yield { kind: 'stop', start: { byte: byte + pos, line } };
          return;
        }
        pos = end;
        if (++records === options.records) yield cut(false);
      }
      if (eof) {
        if (pos > from) yield cut(true);
        return;
      }
      if (data.length - pos > spec.limits.maxRecordChars) {
        // A record this long is an unclosed quote or worse: the one-pass reader says which.
        if (pos > from) yield cut(false);
        yield { kind: 'stop', start: { byte: byte + pos, line } };
        return;
      }
      if (pos > from) yield cut(false);
      byte += pos;
      carry = data.length - pos;
      data.copyWithin(0, pos);
    }
  } finally {
    await handle.close();
  }
}
