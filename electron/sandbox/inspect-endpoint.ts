// GET /_sandbox/stats: counts for tests and benchmarks that run the sandbox in another process
// (the standalone CLI). Outside Pinterest's API on purpose (no /v5 prefix); counts only, no
// event content, so it can stay unauthenticated on 127.0.0.1.
import type { SandboxRequest, SandboxResponse } from './http-io';
import { json } from './http-io';
import type { SandboxContext } from './sandbox-context';

/** Per-account live event counts: total accepted, distinct event ids, ids seen more than once. */
export interface AccountStats {
  events: number;
  distinctEventIds: number;
  duplicatedEventIds: number;
}

/** Body of GET /_sandbox/stats. */
export interface SandboxStats {
  requests: number;
  /** HTTP status → number of answers (0 = no answer: reset, hang, cut). */
  statuses: Record<string, number>;
  testRequests: number;
  liveEvents: number;
  accounts: Record<string, AccountStats>;
}

/** Computes the stats from the received log. */
export function sandboxStats(ctx: SandboxContext): SandboxStats {
  const statuses: Record<string, number> = {};
  let testRequests = 0;
  for (const request of ctx.received.requests) {
    statuses[String(request.status)] = (statuses[String(request.status)] ?? 0) + 1;
    if (request.test) testRequests++;
  }
  const accounts: Record<string, AccountStats> = {};
  for (const account of ctx.config.accounts) {
    const counts = ctx.received.eventIdCounts(account.id);
    if (counts.size === 0) continue;
    let events = 0;
    let duplicated = 0;
    for (const count of counts.values()) {
      events += count;
      if (count > 1) duplicated++;
    }
    accounts[account.id] = { events, distinctEventIds: counts.size, duplicatedEventIds: duplicated };
  }
  return { requests: ctx.received.requests.length, statuses, testRequests, liveEvents: ctx.received.totalEvents(), accounts };
}

/** GET /_sandbox/stats */
export function statsEndpoint(_req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
  return json(200, sandboxStats(ctx));
}
