import { createHash, randomUUID } from 'node:crypto';
import { appError } from '../../shared/app-error';
import type { Mapping } from '../../shared/mapping';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import { recordHistory } from '../history/history-store';
import type { JobMeta } from './job-files';
import { jobPaths, listJobIds, writeJobMeta } from './job-files';
import { readJournal } from './job-journal';
import type { JobHandle, UploadProgress } from './job-progress';
import { historyEntryOf, progressOf, startTicker } from './job-progress';
import { finishRun, prepareRun } from './job-runner';
import type { RunnerDeps, RunPlan } from './job-runner';
import { handleFromDisk, purgeOldJobs } from './job-recovery';
import { safeErrorText } from '../log/safe-error-text';

// The backend's upload jobs: they live here, not in a window, so closing and reopening the
// window (or a renderer crash) never stops an upload; jobs interrupted by a crash of the whole
// process are found on disk and can be resumed from their journals.

/** What the user asks for when starting an upload. */
export interface StartRequest {
  adAccountId: string;
  test: boolean;
  datasetPath: string;
  fileName: string;
  fingerprint: string;
  rowCount: number;
  mapping: Mapping;
  force?: boolean;
  retryOfJobId?: string;
  buildOptions?: JobMeta['buildOptions'];
  tableOptions?: JobMeta['tableOptions'];
  apiBaseUrl: string;
  connectionId?: string;
}

/** Manager settings on top of the runner's. */
export interface JobManagerDeps extends RunnerDeps {
  onProgress?: (progress: UploadProgress) => void;
  /** Days a finished job's journal is kept (PRIV-05); default 30. */
  purgeAfterDays?: number;
}

/** Hash of a mapping: a resume with another mapping would derive other events. */
export function mappingHash(mapping: Mapping): string {
  return createHash('sha256').update(JSON.stringify(mapping), 'utf8').digest('hex').slice(0, 32);
}

/** Owns every upload job of the process. */
export class JobManager {
  private readonly jobs = new Map<string, JobHandle>();

  constructor(private readonly deps: JobManagerDeps) {
    purgeOldJobs(deps.dataDir, deps.clock(), deps.purgeAfterDays ?? 30);
    for (const id of listJobIds(deps.dataDir)) {
      const handle = handleFromDisk(deps.dataDir, id);
      if (handle) this.jobs.set(id, handle);
    }
  }

  /** Starts a new job in the background. */
  async start(request: StartRequest): Promise<Result<UploadProgress>> {
    const conflict = this.unfinishedTwin(request);
    if (conflict && !request.force) {
      return err(appError('validation', `An unfinished upload of ${request.fileName} to ad account ${request.adAccountId} exists (job ${conflict}). Resume it or cancel it first.`));
    }
    const retryOf = request.retryOfJobId ? this.jobs.get(request.retryOfJobId) : undefined;
    if (request.retryOfJobId && (!retryOf || retryOf.meta.adAccountId !== request.adAccountId)) {
      return err(appError('not-found', 'The upload to retry was not found for this ad account.'));
    }
    const now = this.deps.clock();
    const meta: JobMeta = {
      ...request,
      jobId: randomUUID(),
      force: request.force ?? false,
      mappingHash: mappingHash(request.mapping),
      createdAt: now,
      buildOptions: request.buildOptions ?? {},
      tableOptions: request.tableOptions ?? {},
    };
    await writeJobMeta(this.deps.dataDir, meta);
    const handle: JobHandle = { meta, state: 'queued', counts: { rows: meta.rowCount, sent: 0, rejected: 0, invalid: 0, skipped: 0, possiblySent: 0, duplicate: 0, pending: meta.rowCount }, retries: 0, startedAt: now };
    this.jobs.set(meta.jobId, handle);
    return this.launch(handle, { resendPossiblySent: Boolean(request.retryOfJobId) });
  }

  /** Pauses a running job (requests in flight finish first). */
  pause(jobId: string): Result<UploadProgress> {
    const job = this.jobs.get(jobId);
    if (!job) return err(appError('not-found', 'No such upload.'));
    job.engine?.pause('Paused by you. Resume to continue.');
    return ok(progressOf(job));
  }

  /** Cancels a job for good. */
  cancel(jobId: string): Result<UploadProgress> {
    const job = this.jobs.get(jobId);
    if (!job) return err(appError('not-found', 'No such upload.'));
    if (job.engine) job.engine.cancel();
    else if (job.state === 'paused' || job.state === 'queued') void this.settle(job, 'cancelled', 'Cancelled.');
    return ok(progressOf(job));
  }

  /** Resumes a paused (or interrupted) job, or resends a finished job's possibly-sent rows. */
  async resume(jobId: string, resendPossiblySent: boolean): Promise<Result<UploadProgress>> {
    const job = this.jobs.get(jobId);
    if (!job) return err(appError('not-found', 'No such upload.'));
    if (job.engine) return ok(progressOf(job));
    const reopenable = job.state === 'paused' || (job.state === 'done' && job.counts.possiblySent > 0 && resendPossiblySent);
    if (!reopenable) return err(appError('validation', `This upload is ${job.state} and cannot be resumed.`));
    const read = readJournal(jobPaths(this.deps.dataDir, jobId).journal);
    if (!read.ok) return err(appError('file', `The journal of this upload cannot be read (${read.reason}); start a new upload instead.`));
    if (read.job.header.test !== job.meta.test) return err(appError('validation', 'A live upload never resumes a test journal (or the reverse).'));
    return this.launch(job, { replayed: read.job, resendPossiblySent });
  }

  /** Progress of one job. */
  status(jobId: string): Result<UploadProgress> {
    const job = this.jobs.get(jobId);
    return job ? ok(progressOf(job)) : err(appError('not-found', 'No such upload.'));
  }

  /** Every known job, newest first. */
  list(): UploadProgress[] {
    return [...this.jobs.values()].sort((a, b) => b.startedAt - a.startedAt).map(progressOf);
  }

  /** A job's handle (problems, report). */
  get(jobId: string): JobHandle | undefined {
    return this.jobs.get(jobId);
  }

  /** Resolves when the job's current run ends. */
  async wait(jobId: string): Promise<UploadProgress | undefined> {
    const job = this.jobs.get(jobId);
    return job?.running ? await job.running : job && progressOf(job);
  }

  /** Pauses every running job and waits for them (shutdown). */
  async shutdown(): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => j.engine);
    for (const job of running) job.engine?.pause('The app closed during this upload. Resume to continue.');
    await Promise.allSettled(running.map((j) => j.running));
  }

  private unfinishedTwin(request: StartRequest): string | undefined {
    for (const job of this.jobs.values()) {
      const m = job.meta;
      const same = m.adAccountId === request.adAccountId && m.fingerprint === request.fingerprint && m.test === request.test && m.apiBaseUrl === request.apiBaseUrl;
      if (same && (job.state === 'paused' || job.state === 'running' || job.state === 'queued')) return m.jobId;
    }
    return undefined;
  }

  private async launch(job: JobHandle, plan: RunPlan): Promise<Result<UploadProgress>> {
    const prepared = await prepareRun(job.meta, plan, this.deps).catch((error: unknown) => err(appError('file', `The upload could not start: ${safeErrorText(error)}`)));
    if (!prepared.ok) {
      if (job.state === 'queued') await this.settle(job, 'failed', prepared.error.message, prepared.error.kind);
      return err(prepared.error);
    }
    const { engine, close } = prepared.value;
    Object.assign(job, { engine, state: 'running', reason: undefined, errorKind: undefined, finishedAt: undefined });
    const stopTicker = startTicker(() => this.deps.onProgress?.(progressOf(job)));
    job.running = (async () => {
      const outcome = await engine.run();
      stopTicker();
      await close().catch(() => {});
      try {
        finishRun(job.meta, engine, outcome, this.deps);
      } catch (error) {
        this.deps.log.error('journal compaction failed', { job: job.meta.jobId, reason: safeErrorText(error) });
      }
      const { state } = engine;
      Object.assign(job, { counts: state.counts(), retries: state.retries, problems: state.problems, codes: state.codes, resent: state.resent, engine: undefined });
      await this.settle(job, outcome.state, outcome.reason, outcome.errorKind);
      return progressOf(job);
    })();
    this.deps.onProgress?.(progressOf(job));
    await this.writeHistory(job);
    return ok(progressOf(job));
  }

  private async settle(job: JobHandle, state: JobHandle['state'], reason?: string, errorKind?: string): Promise<void> {
    Object.assign(job, { state, reason, errorKind });
    if (state !== 'paused') job.finishedAt = this.deps.clock();
    this.deps.onProgress?.(progressOf(job));
    await this.writeHistory(job);
  }

  private async writeHistory(job: JobHandle): Promise<void> {
    await recordHistory(this.deps.dataDir, historyEntryOf(job)).catch((error: unknown) =>
      this.deps.log.warn('history write failed', { reason: safeErrorText(error) }),
    );
  }
}
