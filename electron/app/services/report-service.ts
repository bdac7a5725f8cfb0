import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join } from 'node:path';
import { appError } from '../../shared/app-error';
import { err, ok } from '../../shared/result';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import { exportReport } from '../report/export-report';
import type { JobManager } from '../upload/job-manager';

/** The report:* channels. */
export type ReportChannel = 'report:export';

/** Folder for reports written without a chosen path (browser mode: the shell serves them for download). */
export function reportsDir(dataDir: string): string {
  return join(dataDir, 'reports');
}

function defaultPath(dataDir: string, fileName: string, jobId: string, test: boolean): string {
  const dir = reportsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stem = basename(fileName, extname(fileName)).replace(/[^\w.-]+/g, '_').slice(0, 80) || 'upload';
  return join(dir, `${stem}-${test ? 'TEST-' : ''}report-${jobId.slice(0, 8)}.csv`);
}

/** Deletes default-path reports older than `maxAgeMs` (they hold the user's own rows: kept for download only). */
export function purgeReports(dataDir: string, now: number, maxAgeMs = 86_400_000): number {
  let removed = 0;
  try {
    for (const name of readdirSync(reportsDir(dataDir))) {
      const path = join(reportsDir(dataDir), name);
      if (now - statSync(path).mtimeMs > maxAgeMs) {
        rmSync(path, { force: true });
        removed++;
      }
    }
  } catch {
    // No reports folder yet.
  }
  return removed;
}

/** Writes a job's report (the user's columns + status + message) to a path (or a default one). */
export function reportService(ctx: ServiceContext, deps: { manager: JobManager; clock?: () => number }): HandlerMap<ReportChannel> {
  purgeReports(ctx.dataDir, (deps.clock ?? Date.now)());
  return {
    async 'report:export'({ jobId, path, onlyProblems }) {
      const job = deps.manager.get(jobId);
      if (!job) return err(appError('not-found', 'No such upload.'));
      if (job.engine) return err(appError('validation', 'The upload is still running; pause it or wait for it to finish first.'));
      if (path !== undefined && !isAbsolute(path)) return err(appError('validation', 'Choose where to save the report (a full path).'));
      const target = path ?? defaultPath(ctx.dataDir, job.meta.fileName, jobId, job.meta.test);
      const written = await exportReport(ctx.dataDir, job, target, onlyProblems ?? false);
      if (!written.ok) return written;
      ctx.log.info('report written', { job: jobId, rows: written.value.rows, onlyProblems: onlyProblems ?? false });
      return ok(written.value);
    },
  };
}
