import { itemCode } from '../../core/upload/item-codes';
import type { ReplayedJob } from '../../core/upload/journal-replay';
import type { Counts } from '../../shared/contract';
import { jobPaths, journalTouchedAt, listJobIds, readJobMeta, removeJob } from './job-files';
import { readJournal } from './job-journal';
import type { JobHandle } from './job-progress';

// Jobs found on disk when the backend (or the CLI) starts: finished ones keep their final
// state and counts; one whose last record says "running" was interrupted by a crash or a kill
// and is offered as paused, ready to resume from its journal. Old finished journals are purged.

/** Reason shown for a job interrupted by a crash or a kill. */
export const interruptedReason = 'Interrupted: the app or command stopped during this upload. Resume to continue.';

function estimateCounts(job: ReplayedJob): Counts {
  const counts: Counts = { rows: job.header.rows, sent: 0, rejected: 0, invalid: 0, skipped: 0, possiblySent: 0, duplicate: 0, pending: 0 };
  for (let i = 0; i < job.codes.length; i++) {
    const code = job.codes.get(i);
    if (code === itemCode.sent) counts.sent++;
    else if (code === itemCode.rejected) counts.rejected++;
    else if (code === itemCode.inflight) counts.possiblySent++;
  }
  counts.pending = Math.max(0, counts.rows - counts.sent - counts.rejected - counts.possiblySent);
  return counts;
}

/** A job handle rebuilt from its folder; undefined when the folder is unusable. */
export function handleFromDisk(dataDir: string, jobId: string): JobHandle | undefined {
  const meta = readJobMeta(dataDir, jobId);
  if (!meta) return undefined;
  const read = readJournal(jobPaths(dataDir, jobId).journal);
  const base = { meta, startedAt: meta.createdAt, retries: 0 };
  if (!read.ok) {
    const counts = { rows: meta.rowCount, sent: 0, rejected: 0, invalid: 0, skipped: 0, possiblySent: 0, duplicate: 0, pending: meta.rowCount };
    return { ...base, state: 'failed', reason: `The journal of this upload cannot be read (${read.reason}).`, counts };
  }
  const last = read.job.lastState;
  if (!last || last.state === 'running') return { ...base, state: 'paused', reason: interruptedReason, counts: estimateCounts(read.job) };
  const handle: JobHandle = { ...base, state: last.state, counts: last.counts ?? estimateCounts(read.job), retries: last.retries ?? 0 };
  if (last.reason) handle.reason = last.reason;
  if (last.errorKind) handle.errorKind = last.errorKind;
  if (last.state !== 'paused') handle.finishedAt = last.at;
  return handle;
}

/** Deletes the folders of jobs finished more than `days` ago (PRIV-05: journals are not kept forever). */
export function purgeOldJobs(dataDir: string, now: number, days: number): string[] {
  const cutoff = now - days * 86_400_000;
  const purged: string[] = [];
  for (const id of listJobIds(dataDir)) {
    const meta = readJobMeta(dataDir, id);
    const read = readJournal(jobPaths(dataDir, id).journal);
    const last = read.ok ? read.job.lastState : undefined;
    const finished = last && last.state !== 'running' && last.state !== 'paused';
    const broken = !meta || !read.ok;
    const at = finished ? last.at : broken ? (journalTouchedAt(dataDir, id) ?? 0) : Infinity;
    if ((finished || broken) && at < cutoff) {
      removeJob(dataDir, id);
      purged.push(id);
    }
  }
  return purged;
}
