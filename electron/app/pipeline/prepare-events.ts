import { narrowPlan, readsEveryColumn } from '../../core/mapping/narrow-plan';
import type { CompiledPlan } from '../../core/mapping/plan';
import type { CsvRangeSpec } from '../files/csv-ranges';
import { csvRangeSpec } from '../files/csv-ranges';
import type { CsvTable } from '../files/csv-table';
import { DuplicateTracker } from './duplicate-tracker';
import { jobsFrom } from './job-batcher';
import type { Executor, ExecutorOptions } from './executor';
import { executorFor } from './executor';
import type { BuiltItem, Job, PipelineContext, PreparedChunk, RowSource } from './prepared';
import { rangeChunks } from './range-chunks';

export { workerThresholdRows } from './executor';

/** Options of a pipeline run. */
export interface PrepareOptions extends ExecutorOptions {
  signal?: AbortSignal;
  onProgress?: (progress: { rowsDone: number }) => void;
  /**
   * The source itself, when it is a CSV table: the workers then read and parse their own slices
   * of the file (see files/csv-ranges) instead of receiving every cell from this thread. Used
   * with workers, without mergeRowsBy and maxRows, for ASCII-compatible encodings.
   */
  csvTable?: CsvTable;
  /** Records per range when reading in ranges (tests use tiny ranges to cross many boundaries). */
  rangeRecords?: number;
}

/**
 * Streams a file's prepared events in file order: read → group (mergeRowsBy) → build in workers
 * (or here) → duplicate check. Lazy: rows are read only as the consumer pulls, with a few jobs
 * in flight, so memory holds a handful of chunks whatever the file's size. Deterministic: the same
 * file and plan give the same items in the same order, so a resume simply runs it again.
 */
export async function* prepareEvents(source: RowSource, plan: CompiledPlan, ctx: PipelineContext, opts: PrepareOptions = {}): AsyncGenerator<PreparedChunk> {
  const narrowed = narrowPlan(plan);
  const spec = rangeSpecFor(plan, opts);
  const csv = spec && { spec, usedColumns: [...plan.usedColumns], everyColumn: readsEveryColumn(plan) };
  const executor = executorFor(narrowed, ctx, opts, csv);
  const tracker = new DuplicateTracker(plan.idSource);
  try {
    let rest = source;
    let rowsBefore = 0;
    if (executor.buildRange && spec && opts.csvTable) {
      const table = opts.csvTable;
      const resume = yield* rangeChunks(spec, executor.buildRange, tracker, { signal: opts.signal, depth: Math.max(1, executor.parallel * 3), onProgress: opts.onProgress, records: opts.rangeRecords });
      if (!resume) return;
      // The rest of the file (from an oddly quoted record on) is read here in one pass.
      rest = { rows: ({ signal }) => table.rowsFrom(resume.start, resume.index, { signal }) };
      rowsBefore = resume.index;
    }
    yield* jobChunks(rest, plan, narrowed, executor, tracker, opts, rowsBefore);
  } finally {
    await executor.close();
  }
}

function rangeSpecFor(plan: CompiledPlan, opts: PrepareOptions): CsvRangeSpec | undefined {
  if (!opts.csvTable || plan.mergeBy || opts.maxRows !== undefined) return undefined;
  return csvRangeSpec(opts.csvTable);
}

/** Rows read here, cut into jobs, built by the executor, in file order. */
async function* jobChunks(source: RowSource, plan: CompiledPlan, narrowed: CompiledPlan, executor: Executor, tracker: DuplicateTracker, opts: PrepareOptions, rowsBefore: number): AsyncGenerator<PreparedChunk> {
  const jobs = jobsFrom(source, plan, narrowed, opts)[Symbol.asyncIterator]();
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
      const rowsDone = rowsBefore + head.rowsDone;
      opts.onProgress?.({ rowsDone });
      yield { items: built.map((item) => tracker.assign(item)), rowsDone };
    }
  } finally {
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
