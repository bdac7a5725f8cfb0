import type { Writable } from 'node:stream';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import { toFileAppError } from '../files/file-error';
import { openTable } from '../files/open-table';
import type { ItemStream } from '../upload/engine-types';
import { openJobItems } from '../upload/file-items';
import type { JobHandle } from '../upload/job-progress';
import type { JobResults } from './job-results';
import { jobResults, verdictFor } from './job-results';
import type { ReportOptions, ReportSource } from './report-writer';
import { pumpChunks, reportChunks, writeReport } from './report-writer';

// A job's report is always rebuilt from the user's file and the job's results: nothing of it is
// kept. It goes either to a path the user chose (atomic file) or straight into a stream (the
// browser shell's download), in both cases from the same rows with the same escaping.

/** A report ready to be produced once: the file is open, the results are known. */
export interface PreparedReport {
  readonly options: ReportOptions;
  /** A fresh source over the job's items; aborting the signal stops reading the file. */
  source(signal: AbortSignal): ReportSource;
}

/** Opens what a job's report needs; fails when the results are purged or the file changed. */
export async function prepareReport(dataDir: string, job: JobHandle, options: ReportOptions): Promise<Result<PreparedReport>> {
  if (job.engine) return err(appError('validation', 'The upload is still running; pause it or wait for it to finish first.'));
  const results = jobResults(dataDir, job);
  if (!results) return err(appError('not-found', 'The details of this upload are no longer kept (they are purged after 30 days), so no report can be made.'));
  // The value-free summary never needs a cell, so it does not keep any.
  const tap = options.valueFree ? undefined : new Map<number, readonly string[]>();
  const opened = await openJobItems(job.meta, { tap, workers: 0 });
  if (!opened.ok) return opened;
  const columns = options.valueFree ? ok([]) : await columnsOf(job);
  if (!columns.ok) return columns;
  return ok({ options, source: (signal) => sourceOf(job, results, opened.value, columns.value, tap, signal) });
}

function sourceOf(job: JobHandle, results: JobResults, items: ItemStream, columns: string[], tap: Map<number, readonly string[]> | undefined, signal: AbortSignal): ReportSource {
  return {
    columns,
    test: job.meta.test,
    rows: tap ?? new Map(),
    items: items(signal),
    verdict: (item, ordinal) => verdictFor(results, item, ordinal),
  };
}

/** Writes a job's report to `path` (atomically): every row (or only the problem rows) with its verdict. */
export async function exportReport(dataDir: string, job: JobHandle, path: string, options: ReportOptions | boolean): Promise<Result<{ path: string; rows: number }>> {
  const opts = typeof options === 'boolean' ? { onlyProblems: options, valueFree: false } : options;
  const prepared = await prepareReport(dataDir, job, opts);
  if (!prepared.ok) return prepared;
  const controller = new AbortController();
  try {
    const rows = await writeReport(path, prepared.value.source(controller.signal), opts);
    return ok({ path, rows });
  } catch (error) {
    controller.abort(); // stop reading the file
    return err(toFileAppError(path, error));
  }
}

/** Streams a prepared report into `out` (not ended); resolves to the data rows written. */
export async function streamReport(prepared: PreparedReport, out: Writable, signal: AbortSignal): Promise<number> {
  const counter = { rows: 0 };
  await pumpChunks(out, reportChunks(prepared.source(signal), prepared.options, counter), signal);
  return counter.rows;
}

/** Rows a report will hold, from the job's counts (every row of the file, or its problem rows). */
export function expectedReportRows(job: JobHandle, options: ReportOptions): number {
  const c = job.counts;
  return options.onlyProblems || options.valueFree ? c.rejected + c.invalid + c.possiblySent + c.pending : c.rows;
}

async function columnsOf(job: JobHandle): Promise<Result<string[]>> {
  try {
    return ok((await openTable(job.meta.datasetPath, job.meta.tableOptions)).columns);
  } catch (error) {
    return err(toFileAppError(job.meta.datasetPath, error));
  }
}
