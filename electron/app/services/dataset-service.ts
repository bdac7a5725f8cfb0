import type { Clock } from '../../core/ports';
import { ok, err } from '../../shared/result';
import type { Handler, HandlerMap, ServiceContext } from '../backend/handler-types';
import type { DatasetRegistry } from '../files/dataset-registry';
import { FileReadError, toFileAppError } from '../files/file-error';
import { RecentFiles } from '../files/recent-files';

/** The dataset:* channels this service serves (pages come from the preview service). */
export type DatasetChannel = 'dataset:open' | 'dataset:cancel' | 'dataset:close' | 'dataset:recent';

interface OpenDeps {
  ctx: ServiceContext;
  registry: DatasetRegistry;
  recent: RecentFiles;
  /** Opens in progress by dataset id (known from the first progress event), for dataset:cancel. */
  opening: Map<string, AbortController>;
}

function openHandler({ ctx, registry, recent, opening }: OpenDeps): Handler<'dataset:open'> {
  return async ({ path, sheet, encoding, delimiter, headerRow }) => {
    const controller = new AbortController();
    let id: string | undefined;
    try {
      const dataset = await registry.open(path, { sheet, encoding, delimiter, headerRow }, {
        signal: controller.signal,
        onProgress: (progress) => {
          id ??= progress.datasetId;
          opening.set(id, controller);
          ctx.emit('dataset:progress', progress);
        },
      });
      await recent.add(path).catch((error: unknown) => ctx.log.warn('recent files not saved', { code: String((error as { code?: unknown }).code ?? 'unknown') }));
      ctx.log.info('dataset opened', { format: dataset.info.format, rows: dataset.info.rowCount, columns: dataset.info.columns.length, bytes: dataset.info.sizeBytes });
      return ok(dataset.info);
    } catch (error) {
      const appError = toFileAppError(path, error);
      if (!(error instanceof FileReadError) && appError.kind !== 'cancelled') ctx.log.error('dataset open crashed', { name: error instanceof Error ? error.name : typeof error });
      ctx.log.warn('dataset open failed', { kind: appError.kind, ...(appError.row === undefined ? {} : { row: appError.row }) });
      return err(appError);
    } finally {
      if (id) opening.delete(id);
    }
  };
}

/** Handlers that open (scan) spreadsheets with progress events, cancel, close, and list recent files. */
export function datasetService(ctx: ServiceContext, registry: DatasetRegistry, deps: { now?: Clock } = {}): HandlerMap<DatasetChannel> {
  const recent = new RecentFiles(ctx.dataDir, deps.now);
  const opening = new Map<string, AbortController>();
  return {
    'dataset:open': openHandler({ ctx, registry, recent, opening }),
    async 'dataset:cancel'({ datasetId }) {
      const controller = opening.get(datasetId);
      controller?.abort();
      return ok({ cancelled: controller !== undefined });
    },
    async 'dataset:close'({ datasetId }) {
      return ok({ closed: registry.close(datasetId) });
    },
    async 'dataset:recent'() {
      return ok({ files: await recent.list() });
    },
  };
}
