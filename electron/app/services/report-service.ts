import { existsSync, rmSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import type { ReportOptions } from '../report/report-writer';
import { expectedReportRows, exportReport, prepareReport } from '../report/export-report';
import { jobResults } from '../report/job-results';
import { issueReportTicket, reportDownloadUrl } from '../report/report-tickets';
import type { JobHandle } from '../upload/job-progress';
import type { JobManager } from '../upload/job-manager';

/** The report:* channels. */
export type ReportChannel = 'report:export';

/**
 * Removes the folder where earlier versions kept reports made without a chosen path. Those
 * files hold the user's raw rows; the app no longer stores any report (the browser shell
 * streams it on demand), so whatever is left there is deleted at start.
 */
export function removeLegacyReports(dataDir: string): void {
  rmSync(join(dataDir, 'reports'), { recursive: true, force: true });
}

/** The file name a browser download of a job's report gets. */
export function reportFileName(fileName: string, jobId: string, test: boolean, valueFree: boolean): string {
  const stem = basename(fileName, extname(fileName)).replace(/[^\w.-]+/g, '_').slice(0, 80) || 'upload';
  return `${stem}-${test ? 'TEST-' : ''}${valueFree ? 'problems' : 'report'}-${jobId.slice(0, 8)}.csv`;
}

function inside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function checkTarget(dataDir: string, path: string): Result<string> {
  if (!isAbsolute(path)) return err(appError('validation', 'Choose where to save the report (a full path).'));
  // The report holds the user's rows: never inside the app's own folder (logs, journals, ...).
  if (inside(dataDir, path)) return err(appError('validation', "Choose a folder outside the app's data folder for the report."));
  return ok(path);
}

function offerDownload(dataDir: string, job: JobHandle, options: ReportOptions, now: number): Result<{ rows: number; downloadUrl: string }> {
  if (!jobResults(dataDir, job)) return err(appError('not-found', 'The details of this upload are no longer kept (they are purged after 30 days), so no report can be made.'));
  if (!existsSync(job.meta.datasetPath)) return err(appError('file', `"${job.meta.fileName}" is no longer available, so no report can be made. Open the file again and re-send it.`));
  const { jobId } = job.meta;
  const token = issueReportTicket({
    jobId,
    dataDir,
    fileName: reportFileName(job.meta.fileName, jobId, job.meta.test, options.valueFree),
    open: () => prepareReport(dataDir, job, options),
  }, now);
  return ok({ rows: expectedReportRows(job, options), downloadUrl: reportDownloadUrl(jobId, token) });
}

/**
 * report:export. With a path (Electron's save dialog, the CLI's --report) the report is written
 * there atomically. Without one (the browser shell) nothing is written: the answer carries a
 * single-use `downloadUrl` through which the bridge generates the CSV on demand.
 */
export function reportService(ctx: ServiceContext, deps: { manager: JobManager; clock?: () => number }): HandlerMap<ReportChannel> {
  removeLegacyReports(ctx.dataDir);
  const clock = deps.clock ?? Date.now;
  return {
    async 'report:export'({ jobId, path, onlyProblems, valueFree }) {
      const job = deps.manager.get(jobId);
      if (!job) return err(appError('not-found', 'No such upload.'));
      if (job.engine) return err(appError('validation', 'The upload is still running; pause it or wait for it to finish first.'));
      const options: ReportOptions = { onlyProblems: onlyProblems ?? false, valueFree: valueFree ?? false };
      if (path === undefined) {
        const offered = offerDownload(ctx.dataDir, job, options, clock());
        if (offered.ok) ctx.log.info('report offered for download', { job: jobId, rows: offered.value.rows, valueFree: options.valueFree });
        return offered;
      }
      const target = checkTarget(ctx.dataDir, path);
      if (!target.ok) return target;
      const written = await exportReport(ctx.dataDir, job, target.value, options);
      if (!written.ok) return written;
      ctx.log.info('report written', { job: jobId, rows: written.value.rows, onlyProblems: options.onlyProblems, valueFree: options.valueFree });
      return ok(written.value);
    },
  };
}
