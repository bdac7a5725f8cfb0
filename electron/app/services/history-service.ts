import { ok } from '../../shared/result';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import { listHistory } from '../history/history-store';

/** The history:* channels. */
export type HistoryChannel = 'history:list';

/** Past uploads (when, which file, which account, test or live, counts, duration): no personal data. */
export function historyService(ctx: ServiceContext): HandlerMap<HistoryChannel> {
  return {
    async 'history:list'() {
      return ok({ entries: listHistory(ctx.dataDir) });
    },
  };
}
