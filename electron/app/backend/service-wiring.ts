import type { Channel } from '../../shared/contract';
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
 */
export async function wireServices(_ctx: ServiceContext, _options: BackendOptions): Promise<WiredServices> {
  const handlers: Partial<HandlerMap<Channel>> = {};
  const closers: Array<() => Promise<void> | void> = [];
  return {
    handlers,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}
