import Papa from 'papaparse';

// One parse step over decoded text: papaparse's core Parser does the RFC 4180 work; we add the
// physical line on which every record starts (quoted cells may span lines) and remember which
// records papaparse found malformed quotes in.

/** Line ending of a CSV file as papaparse understands it. */
export type Newline = '\n' | '\r' | '\r\n';

/** Records parsed from one piece of text. */
export interface ParsedChunk {
  records: string[][];
  /** 1-based physical line where each record starts. */
  lines: number[];
  /** Characters of the input consumed (complete records only unless final). */
  consumed: number;
  /** Line where the next (unconsumed) record starts. */
  nextLine: number;
  /** Indexes (into records) of records with quote errors, and the papaparse code. */
  quoteErrors: Array<{ record: number; code: string }>;
}

/** A papaparse core parser for one dialect (no header mode, no type guessing: ReDoS-safe). */
export function csvParser(delimiter: string, newline: Newline): Papa.Parser {
  return new Papa.Parser({ delimiter, newline, quoteChar: '"', dynamicTyping: false });
}

/** Line breaks inside a cell: CRLF, lone CR and lone LF each count as one. */
function breaksIn(cell: string): number {
  let count = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13) {
      count++;
      if (cell.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** Number of physical lines a record spans; also repairs mixed line endings in place. */
function spanOf(record: string[], newline: Newline): number {
  const last = record.length - 1;
  // A CRLF line in an LF file leaves its CR on the last cell; an LF after CR in a CR file
  // starts the next record: both belong to the line ending, not to a value.
  if (newline === '\n' && record[last]?.endsWith('\r')) record[last] = record[last].slice(0, -1);
  if (newline === '\r' && record[0]?.startsWith('\n')) record[0] = record[0].slice(1);
  let span = 1;
  for (const cell of record) {
    if (cell.length > 0 && (cell.indexOf('\n') !== -1 || cell.indexOf('\r') !== -1)) span += breaksIn(cell);
  }
  return span;
}

/** Parses `text`; unless `final`, the last (possibly partial) record is left unconsumed. */
export function parseCsvChunk(parser: Papa.Parser, text: string, final: boolean, firstLine: number, newline: Newline): ParsedChunk {
  const result = parser.parse(text, 0, !final) as {
    data: string[][];
    errors: Papa.ParseError[];
    meta: { cursor: number };
  };
  const records = result.data;
  const lines = new Array<number>(records.length);
  let line = firstLine;
  for (let i = 0; i < records.length; i++) {
    lines[i] = line;
    line += spanOf(records[i] as string[], newline);
  }
  const quoteErrors = result.errors
    .filter((e) => e.type === 'Quotes' && e.row !== undefined)
    .map((e) => ({ record: e.row as number, code: e.code }));
  return { records, lines, consumed: final ? text.length : result.meta.cursor, nextLine: line, quoteErrors };
}

/** Guesses the line ending from a prefix, ignoring breaks inside quoted cells (like papaparse). */
export function detectNewline(prefix: string): Newline {
  const text = prefix.slice(0, 1024 * 1024).replace(/"[^"]*"/g, '');
  const cr = text.indexOf('\r');
  const lf = text.indexOf('\n');
  if (cr === -1) return '\n';
  if (lf !== -1 && lf < cr) return '\n';
  const pieces = text.split('\r');
  let withLf = 0;
  for (const piece of pieces.slice(1)) if (piece.startsWith('\n')) withLf++;
  return withLf >= (pieces.length - 1) / 2 ? '\r\n' : '\r';
}
