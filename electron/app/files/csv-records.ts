import { createReadStream } from 'node:fs';
import type { Newline } from './csv-chunk';
import { csvParser, parseCsvChunk } from './csv-chunk';
import { fileError, FileReadError, throwIfAborted } from './file-error';
import type { ReadLimits } from './table-types';
import type { ChunkDecoder } from './text-encoding';
import { byteLengthIn, chunkDecoder } from './text-encoding';
import { TextDecoder } from 'node:util';

// The streaming heart of the CSV reader: bytes → strict decoding → papaparse, chunk by chunk,
// never the whole file in one string. Every batch knows the byte offset and line of its first
// record, which is all the row index needs to seek back to it later.

/** How a CSV file is written. */
export interface CsvDialect {
  encoding: string;
  bomLength: number;
  delimiter: string;
  newline: Newline;
  /** CRLF and LF lines are mixed: parse on LF and drop the CR of CRLF lines. */
  repairCr: boolean;
}

/** Where to start reading: a record boundary. */
export interface RecordStart {
  byte: number;
  line: number;
}

/** Records parsed from one chunk of the file. */
export interface RecordBatch {
  records: string[][];
  lines: number[];
  quoteErrors: Array<{ record: number; code: string }>;
  /** Byte offset and line of the first record of this batch. */
  startByte: number;
  startLine: number;
  /** Bytes of the file read so far. */
  bytesRead: number;
  /** The text so far contained U+FFFD (damaged by an earlier conversion): cells need a check. */
  replacementSeen: boolean;
}

/** Thrown when bytes do not fit the encoding (the scan may retry as Windows-1252). */
export class EncodingMismatchError extends FileReadError {
  /** Line near which the bad bytes are, and whether valid non-ASCII text came before. */
  constructor(readonly line: number, readonly sawNonAscii: boolean, path: string, encoding: string) {
    super(fileError(path, `Line ${line} has characters that are not valid ${encoding}. Choose the file's encoding (for example Windows-1252) and open it again.`, { row: line }).appError);
  }
}

/** Extra hooks for the scan. */
export interface RecordReadOptions {
  signal?: AbortSignal;
  /** Sees every byte of the file read from `start.byte` (for the fingerprint). */
  onBytes?: (bytes: Buffer) => void;
  chunkBytes?: number;
}

/** Streams record batches from `start` to the end of the file. */
export async function* readCsvRecords(path: string, dialect: CsvDialect, start: RecordStart, limits: ReadLimits, options: RecordReadOptions = {}): AsyncGenerator<RecordBatch> {
  const stream = createReadStream(path, { start: start.byte, highWaterMark: options.chunkBytes ?? 64 * 1024 });
  const decoder = chunkDecoder(dialect.encoding);
  const parser = csvParser(dialect.delimiter, dialect.newline);
  const byteLength = byteLengthIn(dialect.encoding);
  let skip = Math.max(0, dialect.bomLength - start.byte);
  const state = { pending: '', byte: start.byte + skip, line: start.line, bytesRead: start.byte, replacementSeen: false };
  const step = (final: boolean): RecordBatch => {
    const chunk = parseCsvChunk(parser, state.pending, final, state.line, dialect.repairCr);
    const batch = { ...chunk, startByte: state.byte, startLine: state.line, bytesRead: state.bytesRead, replacementSeen: state.replacementSeen };
    state.byte += chunk.consumed === 0 ? 0 : byteLength(state.pending.slice(0, chunk.consumed));
    state.pending = state.pending.slice(chunk.consumed);
    state.line = chunk.nextLine;
    if (state.pending.length > limits.maxRecordChars) throw unclosedRecord(path, state.line, limits);
    return batch;
  };
  try {
    for await (const buffer of stream as AsyncIterable<Buffer>) {
      throwIfAborted(options.signal);
      options.onBytes?.(buffer);
      state.bytesRead += buffer.length;
      const bytes = skip > 0 ? buffer.subarray(skip) : buffer;
      skip = Math.max(0, skip - buffer.length);
      state.pending += decode(decoder, bytes, false, state, path, dialect.encoding);
      const batch = step(false);
      if (batch.records.length > 0) yield batch;
    }
    throwIfAborted(options.signal);
    state.pending += decode(decoder, new Uint8Array(0), true, state, path, dialect.encoding);
    const last = step(true);
    if (last.records.length > 0) yield last;
  } finally {
    stream.destroy();
  }
}

interface DecodeState {
  pending: string;
  line: number;
  replacementSeen: boolean;
}

function decode(decoder: ChunkDecoder, bytes: Uint8Array, final: boolean, state: DecodeState, path: string, encoding: string): string {
  try {
    const text = decoder.decode(bytes, final);
    if (!state.replacementSeen && text.includes('\uFFFD')) state.replacementSeen = true;
    return text;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw error;
    throw new EncodingMismatchError(badByteLine(bytes, state, encoding), decoder.nonAscii, path, encoding);
  }
}

/** The physical line of the first byte that does not decode (error path only). */
function badByteLine(bytes: Uint8Array, state: DecodeState, encoding: string): number {
  const lenient = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const bad = lenient.indexOf('\uFFFD');
  const before = state.pending + lenient.slice(0, Math.max(0, bad));
  return state.line + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
}

function unclosedRecord(path: string, line: number, limits: ReadLimits): FileReadError {
  const max = limits.maxRecordChars.toLocaleString('en-US');
  return fileError(path, `Row ${line}: a quote (") opened in this row is never closed, or the row is longer than ${max} characters. Fix the quote and open the file again.`, { row: line });
}
