import { suggestMapping } from '../../core/mapping/auto/suggest-mapping';
import type { Logger } from '../../core/ports';
import type { AppError } from '../../shared/app-error';
import { appError } from '../../shared/app-error';
import type { Mapping } from '../../shared/mapping';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import { toFileAppError } from '../files/file-error';
import { scanTable } from '../files/scan-table';
import type { ScannedTable } from '../files/scan-table';
import { createPinterestClient } from '../pinterest/pinterest-client';
import { staticTokenSource } from '../pinterest/token-source';
import { readMappingFile, sampleColumns } from '../pipeline/table-samples';
import { exportReport } from '../report/export-report';
import { enginePolicy } from './engine-policy';
import { openJobItems } from './file-items';
import type { UploadProgress } from './job-progress';
import { JobManager } from './job-manager';

// The CLI's `send` as one function (the command only parses arguments and prints): scan the
// file, pick the mapping, start or resume the job, wait, write the report.

/** Everything `send` needs. */
export interface SendFileOptions {
  file: string;
  adAccountId: string;
  token: string;
  apiBase: string;
  dataDir: string;
  test: boolean;
  mappingPath?: string;
  timezone?: string;
  defaultCountry?: string;
  resume: boolean;
  resendPossiblySent: boolean;
  force: boolean;
  reportPath?: string;
  /** Response timeout of each request (default 60 s). */
  requestTimeoutMs?: number;
  /** Live calls per minute allowed per ad account (default 5,000). */
  ratePerMinute?: number;
  workers?: number;
  signal: AbortSignal;
  log: Logger;
  onProgress(progress: UploadProgress): void;
}

/** How `send` ended. */
export interface SendFileResult {
  progress: UploadProgress;
  resumed: boolean;
  report?: { path: string; rows: number };
  reportError?: AppError;
}

async function chooseMapping(scanned: ScannedTable, opts: SendFileOptions): Promise<Result<Mapping>> {
  let mapping: Mapping;
  if (opts.mappingPath) {
    const read = await readMappingFile(opts.mappingPath);
    if ('error' in read) return err(appError('validation', read.error));
    mapping = read.mapping;
  } else {
    const samples = await sampleColumns(scanned.table, scanned.table.columns);
    mapping = suggestMapping({ columns: scanned.table.columns, samples }).mapping;
  }
  const options = { ...mapping.options };
  if (opts.timezone) options.timezone = opts.timezone;
  if (opts.defaultCountry) options.defaultCountry = opts.defaultCountry.toUpperCase();
  return ok({ ...mapping, options });
}

function findResumable(manager: JobManager, fingerprint: string, opts: SendFileOptions): Result<string> {
  const sameFile = (jobId: string) => {
    const meta = manager.get(jobId)?.meta;
    return meta?.fingerprint === fingerprint && meta.apiBaseUrl === opts.apiBase;
  };
  const jobs = manager.list().filter((p) => p.adAccountId === opts.adAccountId && sameFile(p.jobId));
  const open = (p: UploadProgress) => p.state === 'paused' || (opts.resendPossiblySent && p.state === 'done' && p.counts.possiblySent > 0);
  const mine = jobs.find((p) => p.test === opts.test && open(p));
  if (mine) return ok(mine.jobId);
  if (jobs.some((p) => p.test !== opts.test && open(p))) {
    return err(appError('validation', opts.test ? 'Only a LIVE upload of this file can be resumed; a test run never resumes a live one.' : 'Only a TEST upload of this file can be resumed; a live run never resumes a test journal.'));
  }
  return err(appError('not-found', 'There is no paused upload of this file to this ad account to resume.'));
}

async function startOrResume(manager: JobManager, scanned: ScannedTable, opts: SendFileOptions): Promise<Result<UploadProgress>> {
  const info = scanned.info;
  if (opts.resume) {
    const jobId = findResumable(manager, info.fingerprint, opts);
    return jobId.ok ? manager.resume(jobId.value, opts.resendPossiblySent) : jobId;
  }
  const mapping = await chooseMapping(scanned, opts);
  if (!mapping.ok) return mapping;
  const { encoding, delimiter, headerRow, sheet } = info;
  return manager.start({
    adAccountId: opts.adAccountId, test: opts.test, datasetPath: opts.file, fileName: info.fileName, fingerprint: info.fingerprint, rowCount: info.rowCount,
    mapping: mapping.value, force: opts.force, tableOptions: { encoding, delimiter, headerRow, sheet }, apiBaseUrl: opts.apiBase,
    buildOptions: { timezone: mapping.value.options.timezone, defaultCountry: mapping.value.options.defaultCountry },
  });
}

async function waitAndReport(manager: JobManager, started: UploadProgress, opts: SendFileOptions): Promise<SendFileResult> {
  const jobId = started.jobId;
  const onAbort = () => manager.pause(jobId);
  opts.signal.addEventListener('abort', onAbort);
  const progress = (await manager.wait(jobId)) ?? started;
  opts.signal.removeEventListener('abort', onAbort);
  const result: SendFileResult = { progress, resumed: opts.resume };
  const job = manager.get(jobId);
  if (opts.reportPath && job) {
    const report = await exportReport(opts.dataDir, job, opts.reportPath, false);
    if (report.ok) result.report = report.value;
    else result.reportError = report.error;
  }
  return result;
}

/** Sends (or resumes sending) a file; resolves when the job finishes, pauses or stops. */
export async function sendFile(opts: SendFileOptions): Promise<Result<SendFileResult>> {
  let scanned: ScannedTable;
  try {
    scanned = await scanTable(opts.file, {}, { signal: opts.signal });
  } catch (error) {
    return err(toFileAppError(opts.file, error));
  }
  const client = createPinterestClient({ baseUrl: opts.apiBase, tokens: staticTokenSource(opts.token), timeoutMs: opts.requestTimeoutMs, log: opts.log });
  const limits = opts.ratePerMinute ? { live: { limit: opts.ratePerMinute, windowMs: 60_000 } } : undefined;
  const manager = new JobManager({
    dataDir: opts.dataDir, log: opts.log, clock: Date.now, random: Math.random, policy: enginePolicy(), limits,
    openItems: (meta) => openJobItems(meta, { workers: opts.workers }),
    sender: () => ok(client),
    onProgress: opts.onProgress,
  });
  try {
    const started = await startOrResume(manager, scanned, opts);
    return started.ok ? ok(await waitAndReport(manager, started.value, opts)) : started;
  } finally {
    client.close();
  }
}
