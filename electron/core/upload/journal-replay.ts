import type { HeaderRecord, JournalRecord, Range, SnapshotRecord, StateRecord } from './journal-records';
import { ItemCodes, itemCode } from './item-codes';

// Rebuilds what a job knows from its journal: per item whether Pinterest acknowledged it
// (sent / rejected with a message) or whether it left without an answer (in flight = possibly
// sent). Later records win: a nack releases a batch's items, a later ack settles them.

/** What a journal says about its job. */
export interface ReplayedJob {
  header: HeaderRecord;
  codes: ItemCodes;
  rejectMessages: Map<number, string>;
  warnings: Map<number, string>;
  /** Next free batch id (ids are never reused within a job). */
  nextBatchId: number;
  lastState?: StateRecord;
  /** The user's last answer about possibly-sent items, if asked. */
  resendConsent?: boolean;
  snapshot?: SnapshotRecord;
}

function each(ranges: readonly Range[], fn: (ordinal: number, index: number) => void): void {
  let index = 0;
  for (const [start, length] of ranges) for (let i = 0; i < length; i++) fn(start + i, index++);
}

function applySnapshot(job: ReplayedJob, z: SnapshotRecord): void {
  job.codes = ItemCodes.fromRuns(z.runs);
  for (const [ordinal, m] of z.rej) job.rejectMessages.set(ordinal, z.m[m] ?? '');
  for (const [ordinal, m] of z.warn) job.warnings.set(ordinal, z.m[m] ?? '');
  job.snapshot = z;
}

/** Replays decoded records (the first must be the header); undefined when there is no header. */
export function replayJournal(records: readonly JournalRecord[]): ReplayedJob | undefined {
  const first = records[0];
  if (!first || first.t !== 'h') return undefined;
  const job: ReplayedJob = { header: first, codes: new ItemCodes(first.rows), rejectMessages: new Map(), warnings: new Map(), nextBatchId: 1 };
  const batches = new Map<number, Range[]>();
  for (const record of records.slice(1)) {
    switch (record.t) {
      case 'h':
        break;
      case 'i':
        batches.set(record.b, record.r);
        job.nextBatchId = Math.max(job.nextBatchId, record.b + 1);
        each(record.r, (o) => job.codes.set(o, itemCode.inflight));
        break;
      case 'a': {
        const failed = new Map((record.f ?? []).map(([i, m]) => [i, record.m?.[m] ?? '']));
        const warned = new Map((record.w ?? []).map(([i, m]) => [i, record.m?.[m] ?? '']));
        each(batches.get(record.b) ?? [], (o, i) => {
          const message = failed.get(i);
          job.codes.set(o, message === undefined ? itemCode.sent : itemCode.rejected);
          if (message !== undefined) job.rejectMessages.set(o, message);
          const warning = warned.get(i);
          if (warning) job.warnings.set(o, warning);
        });
        break;
      }
      case 'n':
        each(batches.get(record.b) ?? [], (o) => {
          if (job.codes.get(o) === itemCode.inflight) job.codes.set(o, itemCode.none);
        });
        break;
      case 'r':
        each(record.r, (o) => {
          job.codes.set(o, itemCode.rejected);
          job.rejectMessages.set(o, record.m);
        });
        break;
      case 'c':
        job.resendConsent = record.resend;
        break;
      case 's':
        job.lastState = record;
        break;
      case 'z':
        applySnapshot(job, record);
        break;
    }
  }
  return job;
}
