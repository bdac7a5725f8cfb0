import { appError } from '../../shared/app-error';
import { err, ok } from '../../shared/result';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import type { TemplateStore } from '../pipeline/template-store';

/** The templates:* channels. */
export type TemplatesChannel = 'templates:list' | 'templates:save' | 'templates:rename' | 'templates:delete';

function failed(ctx: ServiceContext, error: unknown) {
  ctx.log.error('templates not saved', { code: String((error as { code?: unknown } | null)?.code ?? 'unknown') });
  return err(appError('internal', 'The mapping templates could not be saved. Check that the app can write to its data folder.'));
}

/** Handlers for saved mapping templates (stored in the data folder, no data values). */
export function templatesService(ctx: ServiceContext, store: TemplateStore): HandlerMap<TemplatesChannel> {
  return {
    async 'templates:list'() {
      return ok({ templates: await store.list() });
    },
    async 'templates:save'(input) {
      try {
        return ok(await store.save(input));
      } catch (error) {
        return failed(ctx, error);
      }
    },
    async 'templates:rename'({ id, name }) {
      try {
        const renamed = await store.rename(id, name);
        return renamed ? ok(renamed) : err(appError('not-found', 'This mapping template no longer exists.'));
      } catch (error) {
        return failed(ctx, error);
      }
    },
    async 'templates:delete'(input) {
      try {
        return ok({ deleted: await store.delete(String(input.id ?? '')) });
      } catch (error) {
        return failed(ctx, error);
      }
    },
  };
}
