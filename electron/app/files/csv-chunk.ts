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

/** Number of physical lines a record spans; with `repairCr`, drops a CRLF's CR from the last cell. */
function spanOf(record: string[], repairCr: boolean): number {
  const last = record.length - 1;
  // In a file mixing CRLF and LF lines we split on LF, so a CRLF line leaves its CR on the
  // last cell: it belongs to the line ending, not to the value.
  if (repairCr && record[last]?.endsWith('\r')) record[last] = record[last].slice(0, -1);
  let span = 1;
  for (const cell of record) {
    if (cell.length > 0 && (cell.indexOf('\n') !== -1 || cell.indexOf('\r') !== -1)) span += breaksIn(cell);
  }
  return span;
}

/** Line breaks in `text` (CRLF, CR, LF), counted with native searches. */
function countBreaks(text: string): number {
  return count(text, '\n') + count(text, '\r') - count(text, '\r\n');
}

/**
 * True when no record of the consumed text spans more than one line: then the text holds
 * exactly one break per record (the last record may end at the end of the file instead).
 */
function allSingleLine(consumedText: string, records: number): boolean {
  const last = consumedText.charCodeAt(consumedText.length - 1);
  const endsWithBreak = last === 10 || last === 13;
  return countBreaks(consumedText) === records - (endsWithBreak ? 0 : 1);
}

/** Parses `text`; unless `final`, the last (possibly partial) record is left unconsumed. */
export function parseCsvChunk(parser: Papa.Parser, text: string, final: boolean, firstLine: number, repairCr: boolean): ParsedChunk {
  const result = parser.parse(text, 0, !final) as { data: string[][]; errors: Papa.ParseError[]; meta: { cursor: number } };
  const records = result.data;
  const consumed = final ? text.length : result.meta.cursor;
  const lines = new Array<number>(records.length);
  let line = firstLine;
  if (!repairCr && allSingleLine(text.slice(0, consumed), records.length)) {
    for (let i = 0; i < records.length; i++) lines[i] = line++;
  } else {
    for (let i = 0; i < records.length; i++) {
      lines[i] = line;
      line += spanOf(records[i] as string[], repairCr);
    }
  }
  const quoteErrors = result.errors
    .filter((e) => e.type === 'Quotes' && e.row !== undefined)
    .map((e) => ({ record: e.row as number, code: e.code }));
  return { records, lines, consumed, nextLine: line, quoteErrors };
}

/** The line ending to parse with; `repairCr` when CRLF and LF lines are mixed (parse on LF). */
export interface LineEndings {
  newline: Newline;
  repairCr: boolean;
}

function count(text: string, piece: string): number {
  let n = 0;
  for (let i = text.indexOf(piece); i !== -1; i = text.indexOf(piece, i + piece.length)) n++;
  return n;
}

/** Detects the line ending from a prefix, ignoring breaks inside quoted cells. */
export function detectLineEndings(prefix: string): LineEndings {
  const text = prefix.slice(0, 1024 * 1024).replace(/"[^"]*"/g, '');
  const crlf = count(text, '\r\n');
  const lf = count(text, '\n') - crlf;
  const cr = count(text, '\r') - crlf;
  if (crlf > 0 && lf > 0) return { newline: '\n', repairCr: true };
  if (crlf > 0) return { newline: '\r\n', repairCr: false };
  if (cr > 0 && lf === 0) return { newline: '\r', repairCr: false };
  return { newline: '\n', repairCr: false };
}
