import type { Clock } from '../../core/ports';
import { appError } from '../../shared/app-error';
import type { Mapping } from '../../shared/mapping';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import type { Handler, HandlerMap, ServiceContext } from '../backend/handler-types';
import type { DatasetRegistry } from '../files/dataset-registry';
import type { PinterestClient } from '../pinterest/pinterest-client';
import { systemTimezone } from '../pipeline/table-samples';
import type { EnginePolicy } from '../upload/engine-types';
import { enginePolicy } from '../upload/engine-policy';
import { openJobItems } from '../upload/file-items';
import { JobManager } from '../upload/job-manager';
import { problemPage } from '../upload/problem-rows';
import type { LimiterSettings } from '../upload/shared-limiters';

/** The upload:* channels. */
export type UploadChannel = 'upload:start' | 'upload:pause' | 'upload:resume' | 'upload:cancel' | 'upload:status' | 'upload:jobs' | 'upload:problems';

/** A connection's sending side, as the auth area hands it out (its ConnectionHandle). */
export interface SendingConnection {
  connectionId: string;
  apiBaseUrl: string;
  client: Pick<PinterestClient, 'sendEvents'>;
}

/** What the upload service needs from the rest of the backend. */
export interface UploadServiceDeps {
  datasets: DatasetRegistry;
  /** The active connection (new jobs) and a given one (resumes sign with the job's connection). */
  connections: {
    activeClient(): Promise<Result<SendingConnection>>;
    clientFor(connectionId: string): Promise<Result<SendingConnection>>;
  };
  /** Oldest accepted event in days (Settings), when the mapping sets none. */
  maxEventAgeDays?: () => number;
  /** The ad account's currency when known (OAuth lists it), for rows without a currency. */
  accountCurrency?: (adAccountId: string) => string | undefined;
  clock?: Clock;
  policy?: Partial<EnginePolicy>;
  limits?: Partial<LimiterSettings>;
}

/** The upload slice plus its job manager (the report service reads jobs from it). */
export interface UploadSlice {
  handlers: HandlerMap<UploadChannel>;
  manager: JobManager;
  /** Pauses running jobs at a batch boundary (backend shutdown); they resume from their journals. */
  close(): Promise<void>;
}

function buildOptions(mapping: Mapping, adAccountId: string, deps: UploadServiceDeps) {
  const o = mapping.options;
  const accountCurrency = deps.accountCurrency?.(adAccountId);
  return {
    timezone: o.timezone ?? systemTimezone(),
    defaultCountry: o.defaultCountry,
    maxEventAgeDays: o.maxEventAgeDays ?? deps.maxEventAgeDays?.(),
    ...(accountCurrency ? { accountCurrency } : {}),
  };
}

function jobManager(ctx: ServiceContext, deps: UploadServiceDeps): JobManager {
  return new JobManager({
    dataDir: ctx.dataDir,
    log: ctx.log,
    clock: deps.clock ?? Date.now,
    random: Math.random,
    policy: enginePolicy(deps.policy),
    limits: deps.limits,
    openItems: (meta) => openJobItems(meta),
    sender: async (meta) => {
      const connection = meta.connectionId ? await deps.connections.clientFor(meta.connectionId) : await deps.connections.activeClient();
      return connection.ok ? ok(connection.value.client) : connection;
    },
    onProgress: (progress) => ctx.emit('upload:progress', progress),
  });
}

function startHandler(ctx: ServiceContext, deps: UploadServiceDeps, manager: JobManager): Handler<'upload:start'> {
  return async ({ datasetId, mapping, adAccountId, test, force, retryOfJobId }) => {
    const dataset = deps.datasets.get(datasetId);
    if (!dataset) return err(appError('not-found', 'That file is no longer open. Open it again.'));
    const connection = await deps.connections.activeClient();
    if (!connection.ok) return connection;
    const { info } = dataset;
    const started = await manager.start({
      adAccountId, test, force, retryOfJobId, mapping,
      datasetPath: dataset.path, fileName: info.fileName, fingerprint: info.fingerprint, rowCount: info.rowCount,
      tableOptions: { encoding: info.encoding, delimiter: info.delimiter, headerRow: info.headerRow, sheet: info.sheet },
      buildOptions: buildOptions(mapping, adAccountId, deps),
      apiBaseUrl: connection.value.apiBaseUrl, connectionId: connection.value.connectionId,
    });
    if (!started.ok) return started;
    ctx.log.info('upload started', { job: started.value.jobId, test, rows: info.rowCount });
    return ok({ jobId: started.value.jobId });
  };
}

/** Upload jobs for the renderer: they live in the backend and survive a closed window. */
export function uploadService(ctx: ServiceContext, deps: UploadServiceDeps): UploadSlice {
  const manager = jobManager(ctx, deps);
  const handlers: HandlerMap<UploadChannel> = {
    'upload:start': startHandler(ctx, deps, manager),
    'upload:pause': async ({ jobId }) => manager.pause(jobId),
    'upload:resume': async ({ jobId, resendPossiblySent }) => manager.resume(jobId, resendPossiblySent ?? false),
    'upload:cancel': async ({ jobId }) => manager.cancel(jobId),
    'upload:status': async ({ jobId }) => manager.status(jobId),
    'upload:jobs': async () => ok({ jobs: manager.list() }),
    'upload:problems': async ({ jobId, offset, limit }) => {
      const job = manager.get(jobId);
      return job ? ok(problemPage(ctx.dataDir, job, offset, limit)) : err(appError('not-found', 'No such upload.'));
    },
  };
  return { handlers, manager, close: () => manager.shutdown() };
}
