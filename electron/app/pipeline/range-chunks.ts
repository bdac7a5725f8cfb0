import type { CsvRange, CsvRangeSpec } from '../files/csv-ranges';
import { csvRanges } from '../files/csv-ranges';
import type { RecordStart } from '../files/csv-records';
import type { DuplicateTracker } from './duplicate-tracker';
import type { PreparedChunk } from './prepared';
import type { RangeJob, RangeReply } from './range-job';
import { unpackRangeReply } from './range-job';

// The prepared events of a CSV file read in ranges by the workers (see files/csv-ranges), in
// file order. This thread only finds record ends, hands out ranges, numbers the data rows and
// checks duplicates. Whenever the workers' reading could differ from a one-pass read (the scan
// was unsure, a worker could not read its range, or the lines do not add up) it stops and says
// where the one-pass reader takes over: nothing is skipped and nothing is read twice.

/** Records per range: ~85 KB of a typical export, a few ms of work per message. */
export const rangeRecords = 1000;

/** Where the one-pass reader must continue: the record and the index its first data row gets. */
export interface ResumePoint {
  start: RecordStart;
  index: number;
}

interface RangeOptions {
  signal?: AbortSignal;
  /** Ranges in flight at once. */
  depth: number;
  onProgress?: (progress: { rowsDone: number }) => void;
  records?: number;
}

interface InFlight {
  range: Omit<CsvRange, 'bytes'>;
  reply: Promise<RangeReply | Error>;
}

/** Reads and builds a range (in a worker: WorkerPool.runRange). */
export type RangeBuilder = (range: RangeJob['range']) => Promise<RangeReply>;

function started(range: CsvRange, build: RangeBuilder): InFlight {
  const { bytes, ...meta } = range;
  const reply = build({ start: range.start, bytes, final: range.final }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  return { range: meta, reply };
}

/** Yields the file's chunks; returns where the one-pass reader continues, or undefined at the end. */
export async function* rangeChunks(spec: CsvRangeSpec, build: RangeBuilder, tracker: DuplicateTracker, opts: RangeOptions): AsyncGenerator<PreparedChunk, ResumePoint | undefined> {
  const ranges = csvRanges(spec, { records: opts.records ?? rangeRecords, signal: opts.signal });
  const inflight: InFlight[] = [];
  let index = 0;
  let stop: RecordStart | undefined;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && inflight.length < opts.depth) {
        const next = await ranges.next();
        exhausted = next.done === true || next.value.kind === 'stop';
        if (next.done) break;
        if (next.value.kind === 'stop') stop = next.value.start;
        else inflight.push(started(next.value, build));
      }
      const head = inflight.shift();
      if (!head) return stop && { start: stop, index };
      const reply = await head.reply;
      opts.signal?.throwIfAborted();
      // A range a worker could not read is read again in one pass, which reports the problem exactly.
      if (reply instanceof Error) return { start: head.range.start, index };
      const items = unpackRangeReply(reply, index);
      index += items.length;
      opts.onProgress?.({ rowsDone: index });
      yield { items: items.map((item) => tracker.assign(item)), rowsDone: index };
      if (!head.range.final && reply.nextLine !== head.range.nextLine) return { start: { byte: head.range.end, line: reply.nextLine }, index };
    }
  } finally {
    await ranges.return(undefined);
  }
}
