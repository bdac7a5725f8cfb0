import { crc32Hex } from './crc32';

// The write-ahead journal of one upload job (REL-05), as lines `<crc32> <json>\n`. Records name
// items by their ORDINAL in the deterministic prepareEvents stream, as [start, length] ranges;
// payloads are re-derived from the file on resume, so no event content, no hashed identifier
// and no raw value is ever written here (PRIV-05). "Planned" is implicit: every item without a
// record is planned. Pinterest's per-event messages are kept (they are Pinterest's words about
// the event, never our copy of its data).

/** [first ordinal, count]. */
export type Range = [number, number];

/** Job identity; the first line. */
export interface HeaderRecord {
  t: 'h';
  v: 1;
  job: string;
  acct: string;
  test: boolean;
  /** File fingerprint (size + SHA-256 of its bytes). */
  fp: string;
  /** Hash of the mapping JSON: a changed mapping derives different events. */
  mh: string;
  created: number;
  /** The file's data row count. */
  rows: number;
}

/** A batch is about to be sent (fsync'd BEFORE the request leaves). */
export interface InflightRecord {
  t: 'i';
  b: number;
  r: Range[];
  n: number;
  /** First 16 hex of SHA-256 of the request body. */
  ph: string;
}

/** Pinterest answered with per-event verdicts: failures and warnings by index within the batch. */
export interface AckRecord {
  t: 'a';
  b: number;
  /** Distinct messages, referenced by index from `f` and `w`. */
  m?: string[];
  f?: [number, number][];
  w?: [number, number][];
}

/** The batch was definitely not recorded (e.g. 429, 500 with an answer, 400): no longer in flight. */
export interface NackRecord {
  t: 'n';
  b: number;
}

/** Items refused as a whole request (bisection singletons), with Pinterest's message. */
export interface RejectRecord {
  t: 'r';
  r: Range[];
  m: string;
}

/** The user's choice about possibly-sent items at a resume. */
export interface ConsentRecord {
  t: 'c';
  resend: boolean;
  at: number;
}

/** Row counts as the contract shows them. */
export interface CountsRecord {
  rows: number;
  sent: number;
  rejected: number;
  invalid: number;
  skipped: number;
  possiblySent: number;
  duplicate: number;
  pending: number;
}

/** The job changed state (paused, done...), with the counts at that moment. */
export interface StateRecord {
  t: 's';
  state: 'running' | 'paused' | 'done' | 'cancelled' | 'failed';
  at: number;
  reason?: string;
  errorKind?: string;
  counts?: CountsRecord;
  retries?: number;
}

/**
 * A problem item in a snapshot: [ordinal, Excel line ranges, item code, message index, column
 * index or -1]. Messages of invalid rows are our value-free wording (issue code and column):
 * the full message may quote the cell, and only the report (re-derived from the file) shows it.
 */
export type ProblemEntry = [number, Range[], number, number, number];

/** Compacted journal: every item's final code (run-length), the problem items and their messages. */
export interface SnapshotRecord {
  t: 'z';
  runs: [number, number][];
  /** Distinct messages and column names, referenced by index. */
  m: string[];
  prob: ProblemEntry[];
  /** Items resent after a lost answer (the user agreed): they may count twice. */
  resent: Range[];
  retries: number;
}

/** Any journal line. */
export type JournalRecord = HeaderRecord | InflightRecord | AckRecord | NackRecord | RejectRecord | ConsentRecord | StateRecord | SnapshotRecord;

/** One journal line (with its newline). */
export function encodeRecord(record: JournalRecord): string {
  const json = JSON.stringify(record);
  return `${crc32Hex(json)} ${json}\n`;
}

/** A journal read back. */
export interface DecodedJournal {
  records: JournalRecord[];
  /** The last line was cut short by a crash (ignored; expected). */
  torn: boolean;
  /** Complete lines whose checksum failed (never expected: the disk lied). */
  damaged: number;
}

function decodeLine(line: string): JournalRecord | undefined {
  const space = line.indexOf(' ');
  if (space !== 8) return undefined;
  const json = line.slice(9);
  if (crc32Hex(json) !== line.slice(0, 8)) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && typeof (value as { t?: unknown }).t === 'string' ? (value as JournalRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Parses a journal file's text. */
export function decodeJournal(text: string): DecodedJournal {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const records: JournalRecord[] = [];
  let damaged = 0;
  for (const line of lines) {
    const record = decodeLine(line);
    if (record) records.push(record);
    else damaged++;
  }
  return { records, torn: tail !== '', damaged };
}
