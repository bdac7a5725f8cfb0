import type { Channel } from '../../shared/contract';
import { DatasetRegistry } from '../files/dataset-registry';
import { ResultCache } from '../pipeline/result-cache';
import type { MappingDeps } from '../pipeline/service-context';
import { TemplateStore } from '../pipeline/template-store';
import { createAuthSlices } from '../services/auth-service';
import { datasetService } from '../services/dataset-service';
import { historyService } from '../services/history-service';
import { mappingService } from '../services/mapping-service';
import { previewService } from '../services/preview-service';
import { reportService } from '../services/report-service';
import { templatesService } from '../services/templates-service';
import { uploadService } from '../services/upload-service';
import type { BackendOptions } from './create-backend';
import type { HandlerMap, ServiceContext } from './handler-types';

/** Handlers contributed by the services, and how to stop them. */
export interface WiredServices {
  handlers: Partial<HandlerMap<Channel>>;
  close(): Promise<void>;
}

/**
 * Builds every service slice and merges them. Shared state is created once here and handed to
 * the services that need it: the auth runtime (connections, settings), the open datasets, the
 * templates and the evaluation cache, and the upload job manager (which the report reads).
 */
export async function wireServices(ctx: ServiceContext, options: BackendOptions): Promise<WiredServices> {
  const closers: Array<() => Promise<void> | void> = [];
  const auth = await createAuthSlices(ctx, {
    config: options.config,
    encryptor: options.encryptor,
    secureBackend: options.secureBackend,
    openExternal: options.openExternal,
  });
  closers.push(() => auth.close());
  const maxEventAgeDays = () => auth.runtime.settings.maxEventAgeDays();
  const datasets = new DatasetRegistry();
  const templates = new TemplateStore(ctx.dataDir);
  const currencyOf = (adAccountId: string | undefined) => (adAccountId ? auth.runtime.accountCurrencies.get(adAccountId) : undefined);
  const accountCurrency = () => currencyOf(auth.runtime.chosenAccountId);
  const results = new ResultCache();
  const mapping: MappingDeps = { datasets, templates, results, maxEventAgeDays, accountCurrency };
  // Closed before auth (closers run in reverse): running jobs pause at a batch boundary while
  // their connections still exist.
  const upload = uploadService(ctx, { datasets, connections: auth.runtime.sessions, maxEventAgeDays, accountCurrency: currencyOf });
  closers.push(() => upload.close());
  const dataset = datasetService(ctx, datasets);
  const closeDataset = dataset['dataset:close'];
  // A closed file's evaluation results (row statuses for the preview) go with it.
  dataset['dataset:close'] = async (input) => {
    results.forget(input.datasetId);
    return closeDataset(input);
  };
  const handlers: Partial<HandlerMap<Channel>> = {
    ...auth.handlers,
    ...dataset,
    ...mappingService(ctx, mapping),
    ...previewService(ctx, mapping),
    ...templatesService(ctx, templates),
    ...upload.handlers,
    ...historyService(ctx),
    ...reportService(ctx, { manager: upload.manager }),
  };
  return { handlers, close: () => closeAll(ctx, closers) };
}

async function closeAll(ctx: ServiceContext, closers: Array<() => Promise<void> | void>): Promise<void> {
  for (const close of closers.reverse()) {
    try {
      await close();
    } catch (error) {
      ctx.log.error('service did not close cleanly', { errorName: error instanceof Error ? error.name : typeof error });
    }
  }
}
