import type Papa from 'papaparse';
import { csvParser, parseCsvChunk } from './csv-chunk';
import type { CsvRangeSpec } from './csv-ranges';
import type { RecordStart } from './csv-records';
import { RowShaper } from './row-shaper';
import type { SourceRow } from './table-types';
import { chunkDecoder } from './text-encoding';

// The worker's half of reading in ranges (see csv-ranges): decode, parse and shape one range
// into data rows, exactly as the one-pass reader would, except that indexes count from 0 within
// the range (the reading thread adds the rows before it, which only it knows).

/** A range as it reaches a worker. */
export interface RangeInput {
  start: RecordStart;
  bytes: Uint8Array;
  final: boolean;
}

/** The parser read the range differently from the boundary scan: read it in one pass instead. */
export class RangeMismatchError extends Error {
  constructor() {
    super('The range does not end where the parser ends a record.');
    this.name = 'RangeMismatchError';
  }
}

/**
 * Characters parsed at a time (about a hundred records): rows are handed on as soon as their
 * piece is parsed, so a garbage collection finds at most a piece's cells alive instead of a
 * whole range's (fewer survivors to copy, fewer promoted to the old generation).
 */
const pieceChars = 16 * 1024;

/** Reads ranges of one table; keeps one parser for all of them. */
export class RangeReader {
  private readonly parser: Papa.Parser;

  constructor(private readonly spec: CsvRangeSpec) {
    this.parser = csvParser(spec.dialect.delimiter, spec.dialect.newline);
  }

  /**
   * Hands each data row of `range` to `onRow` in order (indexes from 0) and returns the line
   * after its last record; throws on bytes that do not decode or parse as the scan said.
   */
  read(range: RangeInput, onRow: (row: SourceRow) => void): number {
    const { spec } = this;
    const text = chunkDecoder(spec.dialect.encoding).decode(range.bytes, true);
    const shaper = new RowShaper(spec.path, spec.columns, spec.headerLine, spec.limits, 0);
    shaper.checkReplacement = text.includes('\uFFFD');
    let at = 0;
    let line = range.start.line;
    let size = pieceChars;
    while (at < text.length) {
      const end = Math.min(text.length, at + size);
      const last = end === text.length;
      // Pieces other than the file's end are parsed like the one-pass reader's chunks: a record
      // cut by the piece's end is left for the next piece.
      const parsed = parseCsvChunk(this.parser, text.slice(at, end), last && range.final, line, spec.dialect.repairCr);
      if (parsed.consumed === 0 && !last) {
        size *= 2; // a record longer than a piece
        continue;
      }
      const errors = parsed.quoteErrors.length > 0 ? new Map(parsed.quoteErrors.map((e) => [e.record, e.code])) : undefined;
      for (let i = 0; i < parsed.records.length; i++) {
        const row = shaper.shape(parsed.records[i] as string[], parsed.lines[i] as number, errors?.get(i));
        if (row) onRow(row);
      }
      line = parsed.nextLine;
      if (last) {
        if (!range.final && parsed.consumed !== end - at) throw new RangeMismatchError();
        break;
      }
      at += parsed.consumed;
      size = pieceChars;
    }
    return line;
  }
}
