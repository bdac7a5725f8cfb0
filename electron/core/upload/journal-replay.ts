import type { AckRecord, HeaderRecord, JournalRecord, Range, SnapshotRecord, StateRecord } from './journal-records';
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
  for (const [ordinal, , code, m] of z.prob) {
    if (code === itemCode.rejected) job.rejectMessages.set(ordinal, z.m[m] ?? '');
    if (code === itemCode.sent) job.warnings.set(ordinal, z.m[m] ?? '');
  }
  job.snapshot = z;
}

function applyRecord(job: ReplayedJob, batches: Map<number, Range[]>, record: JournalRecord): void {
  switch (record.t) {
    case 'h':
      return;
    case 'i':
      batches.set(record.b, record.r);
      job.nextBatchId = Math.max(job.nextBatchId, record.b + 1);
      return each(record.r, (o) => job.codes.set(o, itemCode.inflight));
    case 'a':
      return applyAck(job, batches.get(record.b) ?? [], record);
    case 'n':
      return each(batches.get(record.b) ?? [], (o) => {
        if (job.codes.get(o) === itemCode.inflight) job.codes.set(o, itemCode.none);
      });
    case 'r':
      return each(record.r, (o) => {
        job.codes.set(o, itemCode.rejected);
        job.rejectMessages.set(o, record.m);
      });
    case 'c':
      job.resendConsent = record.resend;
      return;
    case 's':
      job.lastState = record;
      return;
    case 'z':
      return applySnapshot(job, record);
  }
}

function applyAck(job: ReplayedJob, ranges: readonly Range[], record: AckRecord): void {
  const failed = new Map((record.f ?? []).map(([i, m]) => [i, record.m?.[m] ?? '']));
  const warned = new Map((record.w ?? []).map(([i, m]) => [i, record.m?.[m] ?? '']));
  each(ranges, (o, i) => {
    const message = failed.get(i);
    job.codes.set(o, message === undefined ? itemCode.sent : itemCode.rejected);
    if (message !== undefined) job.rejectMessages.set(o, message);
    const warning = warned.get(i);
    if (warning) job.warnings.set(o, warning);
  });
}

/** Replays decoded records (the first must be the header); undefined when there is no header. */
export function replayJournal(records: readonly JournalRecord[]): ReplayedJob | undefined {
  const first = records[0];
  if (!first || first.t !== 'h') return undefined;
  const job: ReplayedJob = { header: first, codes: new ItemCodes(first.rows), rejectMessages: new Map(), warnings: new Map(), nextBatchId: 1 };
  const batches = new Map<number, Range[]>();
  for (const record of records.slice(1)) applyRecord(job, batches, record);
  return job;
}
