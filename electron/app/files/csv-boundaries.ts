// Finds where CSV records end in raw UTF-8 bytes, without decoding or splitting cells, so that
// several threads can each parse their own slice of a file. It follows papaparse's reading of
// a well-formed file exactly (a quote opens a cell only at the start of one, "" inside quotes
// is a quote, a quote in the middle of an unquoted cell is a plain character) and answers
// "unsure" wherever papaparse could read the bytes differently: a closing quote followed by
// anything but a delimiter or the line ending, a quote that is never closed. The caller then
// reads the rest of the file in one pass, where papaparse itself decides.

/** The record continues past the bytes at hand. */
export const needMore = -1;
/** Papaparse might split these bytes differently: read from here on in one pass. */
export const unsure = -2;

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** How records are separated: the delimiter's byte and whether lines end in CRLF. */
export interface BoundaryDialect {
  delimiter: number;
  crlf: boolean;
}

/**
 * Scans records in one buffer. Positions of the next line feed and quote are remembered between
 * calls, so a record costs about one native search per line feed and per quote.
 */
export class RecordScanner {
  private lf = -1;
  private quote = -1;

  constructor(
    private readonly bytes: Buffer,
    private readonly dialect: BoundaryDialect,
    /** The buffer ends the file (a last record without a line ending is complete). */
    private readonly final: boolean,
  ) {}

  /** Index just after the record starting at `start` ends, or needMore, or unsure. */
  recordEnd(start: number): number {
    const b = this.bytes;
    const len = b.length;
    let pos = start;
    for (;;) {
      const n = this.nextLf(pos);
      const q = this.nextQuote(pos);
      if (q !== -1 && (n === -1 || q < n)) {
        // A quote inside an unquoted cell is an ordinary character.
        if (q !== start && b[q - 1] !== this.dialect.delimiter) {
          pos = q + 1;
          continue;
        }
        const after = this.closingQuote(q) + 1;
        if (after === 0) return this.final ? unsure : needMore;
        if (after >= len) return this.final ? len : needMore;
        const next = b[after];
        if (next === this.dialect.delimiter) {
          pos = after + 1;
          continue;
        }
        if (next === LF && !this.dialect.crlf) return after + 1;
        if (next === CR) {
          if (after + 1 >= len) return this.final ? unsure : needMore;
          if (b[after + 1] === LF) return after + 2;
        }
        return unsure;
      }
      if (n === -1) return this.final && len > start ? len : needMore;
      // In a CRLF file a lone line feed inside an unquoted cell is part of the cell.
      if (this.dialect.crlf && (n === 0 || b[n - 1] !== CR)) {
        pos = n + 1;
        continue;
      }
      return n + 1;
    }
  }

  /** The quote that closes the cell opened at `open` ("" is an escaped quote), or -1. */
  private closingQuote(open: number): number {
    const b = this.bytes;
    let c = this.nextQuote(open + 1);
    while (c !== -1 && b[c + 1] === QUOTE) c = this.nextQuote(c + 2);
    return c;
  }

  private nextLf(from: number): number {
    if (this.lf < from && this.lf !== -2) {
      this.lf = this.bytes.indexOf(LF, from);
      if (this.lf === -1) this.lf = -2;
    }
    return this.lf === -2 ? -1 : this.lf;
  }

  private nextQuote(from: number): number {
    if (this.quote < from && this.quote !== -2) {
      this.quote = this.bytes.indexOf(QUOTE, from);
      if (this.quote === -1) this.quote = -2;
    }
    return this.quote === -2 ? -1 : this.quote;
  }
}

/** Line breaks in `bytes[from, to)` as the reader counts them: CRLF, lone CR and lone LF each one. */
export function countLineBreaks(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let i = bytes.indexOf(LF, from); i !== -1 && i < to; i = bytes.indexOf(LF, i + 1)) count++;
  for (let i = bytes.indexOf(CR, from); i !== -1 && i < to; i = bytes.indexOf(CR, i + 1)) {
    if (bytes[i + 1] !== LF || i + 1 >= to) count++;
  }
  return count;
}
