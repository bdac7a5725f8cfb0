import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import { toFileAppError } from '../files/file-error';
import { openTable } from '../files/open-table';
import { openJobItems } from '../upload/file-items';
import type { JobHandle } from '../upload/job-progress';
import { jobResults, verdictFor } from './job-results';
import { writeReport } from './report-writer';

/** Writes a job's report to `path` (atomically): every row (or only the problem rows) with its verdict. */
export async function exportReport(dataDir: string, job: JobHandle, path: string, onlyProblems: boolean): Promise<Result<{ path: string; rows: number }>> {
  const results = jobResults(dataDir, job);
  if (!results) return err(appError('not-found', 'The details of this upload are no longer kept (they are purged after 30 days), so no report can be made.'));
  const tap = new Map<number, readonly string[]>();
  const opened = await openJobItems(job.meta, { tap, workers: 0 });
  if (!opened.ok) return opened;
  const columns = await columnsOf(job);
  if (!columns.ok) return columns;
  const controller = new AbortController();
  try {
    const rows = await writeReport(path, {
      columns: columns.value,
      test: job.meta.test,
      rows: tap,
      items: opened.value(controller.signal),
      verdict: (item, ordinal) => verdictFor(results, item, ordinal),
    }, onlyProblems);
    return ok({ path, rows });
  } catch (error) {
    return err(toFileAppError(path, error));
  }
}

async function columnsOf(job: JobHandle): Promise<Result<string[]>> {
  try {
    return ok((await openTable(job.meta.datasetPath, job.meta.tableOptions)).columns);
  } catch (error) {
    return err(toFileAppError(job.meta.datasetPath, error));
  }
}
