import { availableParallelism } from 'node:os';
import { narrowPlan } from '../../core/mapping/narrow-plan';
import type { CompiledPlan } from '../../core/mapping/plan';
import { buildJob } from './build-job';
import { DuplicateTracker } from './duplicate-tracker';
import { fastHasher } from './fast-hasher';
import { jobsFrom } from './job-batcher';
import type { BuiltItem, Job, PipelineContext, PreparedChunk, RowSource } from './prepared';
import { WorkerPool, findWorkerFile } from './worker-pool';

/** Files with at least this many rows are built in worker threads (when the worker bundle exists). */
export const workerThresholdRows = 50_000;

/** Options of a pipeline run. */
export interface PrepareOptions {
  signal?: AbortSignal;
  onProgress?: (progress: { rowsDone: number }) => void;
  /**
   * Worker threads that build events: 0 = everything in this thread. With workers, this thread
   * only reads, groups and reassembles (a sixth of the work), so the default for large files is
   * one worker per core (at most 4): the system shares the cores between the reader and the
   * builders. Measured on 2 cores and 1M rows: 2 workers 13.1-13.4 s; 1 worker plus this
   * thread building whenever the worker had 2 jobs queued 13.9-14.8 s; a fixed share built here
   * (the orchestrator then waits on itself) was slower still.
   */
  workers?: number;
  /** Row count if known (decides whether workers pay off). */
  rowCountHint?: number;
  /** Stop after this many rows (instant feedback). */
  maxRows?: number;
  /** Keep each valid event's JSON (default true; false when only counts are needed: no `event`). */
  eventJson?: boolean;
  /** Worker bundle to use (tests); default: found next to the running bundle. */
  workerFile?: string;
}

interface Executor {
  run(job: Job): Promise<BuiltItem[]>;
  close(): Promise<void>;
  parallel: number;
}

function executorFor(narrowed: CompiledPlan, ctx: PipelineContext, opts: PrepareOptions): Executor {
  const large = (opts.rowCountHint ?? 0) >= workerThresholdRows && opts.maxRows === undefined;
  const wanted = opts.workers ?? (large ? Math.min(maxDefaultWorkers, availableParallelism()) : 0);
  const file = wanted > 0 ? (opts.workerFile ?? findWorkerFile()) : undefined;
  const full = { ...ctx, hasher: ctx.hasher ?? fastHasher };
  const withJson = opts.eventJson ?? true;
  if (!file || wanted === 0) return { run: async (job: Job) => buildJob(narrowed, full, job, withJson), close: async () => {}, parallel: 0 };
  const { hasher: _own, ...plain } = ctx;
  const pool = new WorkerPool(file, wanted, { plan: narrowed, ctx: plain, withJson });
  return { run: (job: Job) => pool.run(job), close: () => pool.close(), parallel: wanted };
}

/** Beyond this many builders the single reading thread becomes the limit. */
const maxDefaultWorkers = 4;

/**
 * Streams a file's prepared events in file order: read → group (mergeRowsBy) → build in workers
 * (or here) → duplicate check. Lazy: rows are read only as the consumer pulls, with a few jobs
 * in flight, so memory holds a handful of chunks whatever the file's size. Deterministic: the same
 * file and plan give the same items in the same order, so a resume simply runs it again.
 */
export async function* prepareEvents(source: RowSource, plan: CompiledPlan, ctx: PipelineContext, opts: PrepareOptions = {}): AsyncGenerator<PreparedChunk> {
  const narrowed = narrowPlan(plan);
  const executor = executorFor(narrowed, ctx, opts);
  const jobs = jobsFrom(source, plan, narrowed, opts)[Symbol.asyncIterator]();
  const tracker = new DuplicateTracker(plan.idSource);
  const inflight: InFlight[] = [];
  // Three jobs per worker in flight: with two, a worker sometimes waited for this thread (CPU/wall 1.88 vs 1.92).
  const depth = executor.parallel > 0 ? executor.parallel * 3 : 1;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && inflight.length < depth) {
        const next = await jobs.next();
        if (next.done) exhausted = true;
        else inflight.push(started(next.value, executor));
      }
      const head = inflight.shift();
      if (!head) return;
      const built = await head.built;
      opts.signal?.throwIfAborted();
      opts.onProgress?.({ rowsDone: head.rowsDone });
      yield { items: built.map((item) => tracker.assign(item)), rowsDone: head.rowsDone };
    }
  } finally {
    await executor.close();
    await jobs.return(undefined);
  }
}

/** A job being built. Its rows are not kept: cells held until the reply would outlive the young heap. */
interface InFlight {
  rowsDone: number;
  built: Promise<BuiltItem[]>;
}

function started(job: Job, executor: Executor): InFlight {
  const built = executor.run(job);
  built.catch(() => {}); // awaited in order later; avoid an unhandled rejection meanwhile
  return { rowsDone: job.rowsDone, built };
}
