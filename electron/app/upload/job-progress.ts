import type { Counts } from '../../shared/contract';
import type { uploadProgressSchema } from '../../shared/views';
import type { z } from 'zod';
import type { HistoryEntry } from '../history/history-store';
import type { JobMeta } from './job-files';
import type { ItemCodes } from '../../core/upload/item-codes';
import type { Problem } from './engine-types';
import type { UploadEngine } from './upload-engine';

// A job as the backend keeps it between runs, the progress view the renderer gets, and a
// ticker so a million-row upload pushes ~4 progress events per second, not one per batch.

/** Progress as the contract defines it. */
export type UploadProgress = z.infer<typeof uploadProgressSchema>;

/** A job known to this process (running, paused, finished, or found on disk). */
export interface JobHandle {
  meta: JobMeta;
  state: UploadProgress['state'];
  reason?: string;
  errorKind?: string;
  counts: Counts;
  retries: number;
  startedAt: number;
  finishedAt?: number;
  /** The run in progress, if any. */
  engine?: UploadEngine;
  running?: Promise<UploadProgress>;
  /** Results of the last run in this process: problems (full messages), item codes, resent items. */
  problems?: Map<number, Problem>;
  codes?: ItemCodes;
  resent?: Set<number>;
}

/** The progress view of a job. */
export function progressOf(job: JobHandle): UploadProgress {
  const engine = job.engine;
  const progress: UploadProgress = {
    jobId: job.meta.jobId,
    state: job.state,
    test: job.meta.test,
    adAccountId: job.meta.adAccountId,
    counts: engine ? engine.state.counts() : { ...job.counts },
    rate: engine ? Math.round(engine.state.rate() * 10) / 10 : 0,
    retries: engine ? engine.state.retries : job.retries,
    startedAt: job.startedAt,
  };
  const eta = engine?.state.etaSeconds();
  if (eta !== undefined && job.state === 'running') progress.etaSeconds = eta;
  if (job.reason) progress.reason = job.reason;
  if (job.errorKind) progress.errorKind = job.errorKind;
  if (job.finishedAt !== undefined) progress.finishedAt = job.finishedAt;
  return progress;
}

/** The history entry of a job (no personal data: file name and fingerprint, account, counts). */
export function historyEntryOf(job: JobHandle): HistoryEntry {
  return {
    jobId: job.meta.jobId,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    fileName: job.meta.fileName,
    fingerprint: job.meta.fingerprint,
    adAccountId: job.meta.adAccountId,
    test: job.meta.test,
    state: job.state,
    counts: progressOf(job).counts,
    durationMs: job.finishedAt !== undefined ? job.finishedAt - job.startedAt : undefined,
  };
}

/** Calls `tick` every `intervalMs` until the returned stop function is called (progress while running). */
export function startTicker(tick: () => void, intervalMs = 250): () => void {
  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
