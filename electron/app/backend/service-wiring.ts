import type { Channel } from '../../shared/contract';
import { DatasetRegistry } from '../files/dataset-registry';
import { createAuthSlices } from '../services/auth-service';
import { datasetService } from '../services/dataset-service';
import type { BackendOptions } from './create-backend';
import type { HandlerMap, ServiceContext } from './handler-types';

/** Handlers contributed by the services, and how to stop them. */
export interface WiredServices {
  handlers: Partial<HandlerMap<Channel>>;
  close(): Promise<void>;
}

/**
 * Builds every service slice and merges them. Services land one by one; a channel no slice
 * serves yet is answered by the dispatcher with "not available yet" (see createDispatch).
 * Shared state (the auth runtime, the open datasets) is created once here and handed to the
 * services that need it.
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
  const datasets = new DatasetRegistry();
  const handlers: Partial<HandlerMap<Channel>> = {
    ...auth.handlers,
    ...datasetService(ctx, datasets),
  };
  return {
    handlers,
    async close() {
      for (const close of closers.reverse()) {
        try {
          await close();
        } catch (error) {
          ctx.log.error('service did not close cleanly', { errorName: error instanceof Error ? error.name : typeof error });
        }
      }
    },
  };
}
