// The sandbox's HTTP server: node:http on 127.0.0.1 only. Every request gets an
// x-pinterest-rid, is logged, may meet a fault rule, and is otherwise routed to its endpoint.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { parseTestFlag } from './events-endpoint';
import { deliverFault } from './fault-delivery';
import { faultLabel } from './faults';
import type { ActiveFault } from './faults';
import type { SandboxRequest, SandboxResponse } from './http-io';
import { BodyTooLargeError, bearerToken, createRidGenerator, json, parseJson, readBody, writeResponse } from './http-io';
import { pinterestErrors } from './pinterest-errors';
import type { ReceivedRequest } from './received-log';
import { adAccountIdOf, dispatch } from './router';
import type { SandboxContext } from './sandbox-context';

/** A listening sandbox server. */
export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

async function safeDispatch(req: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  try {
    return await dispatch(req, ctx);
  } catch {
    return json(500, pinterestErrors.serverError);
  }
}

function countEvents(req: SandboxRequest): number {
  if (!/\/events$/.test(req.path)) return 0;
  const data = (parseJson(req.body) as { data?: unknown } | undefined)?.data;
  return Array.isArray(data) ? data.length : 0;
}

function logEntry(ctx: SandboxContext, rid: string, method: string, url: URL): ReceivedRequest {
  const adAccountId = adAccountIdOf(url.pathname);
  const test = parseTestFlag(url.searchParams) === true;
  const entry: ReceivedRequest = { method, path: url.pathname, test, status: 0, events: 0, time: ctx.config.clock(), rid };
  if (adAccountId !== undefined) entry.adAccountId = adAccountId;
  // The sandbox's own inspection path is not part of the traffic under test.
  if (!url.pathname.startsWith('/_sandbox/')) ctx.received.addRequest(entry);
  return entry;
}

async function answerWithFault(ctx: SandboxContext, fault: ActiveFault, base: SandboxRequest, entry: ReceivedRequest, res: ServerResponse, sleep: (ms: number) => Promise<void>): Promise<void> {
  entry.fault = faultLabel(fault.rule);
  const { onFire } = fault.rule;
  const outcome = await deliverFault(fault, res, {
    run: (commit) => safeDispatch({ ...base, commit }, ctx),
    sleep,
    notify: async () => {
      if (!onFire) return;
      const { method, path, rid, test, adAccountId } = entry;
      await onFire({ method, path, rid, test, events: countEvents(base), ...(adAccountId ? { adAccountId } : {}) });
    },
    expireBearer: () => {
      const token = bearerToken(base.headers);
      if (token !== undefined) ctx.tokens.expire(token);
    },
  });
  Object.assign(entry, { status: outcome.status, events: outcome.processed?.events ?? countEvents(base) });
}

async function handle(ctx: SandboxContext, signal: AbortSignal, rid: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.setHeader('x-pinterest-rid', rid);
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const entry = logEntry(ctx, rid, method, url);
  let body: Buffer;
  try {
    body = await readBody(req, ctx.config.maxBodyBytes);
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError;
    if (tooLarge) writeResponse(res, json(413, pinterestErrors.payloadTooLarge));
    entry.status = tooLarge ? 413 : 0;
    return;
  }
  const sleep = (ms: number) => delay(ms, undefined, { signal }).catch(() => undefined);
  if (ctx.config.latencyMs > 0) await sleep(ctx.config.latencyMs);
  const base: SandboxRequest = { method, path: url.pathname, query: url.searchParams, headers: req.headers, body, rid, test: entry.test, commit: true };
  const { adAccountId } = entry;
  const fault = ctx.faults.match({ method, path: url.pathname, test: entry.test, ...(adAccountId ? { adAccountId } : {}) });
  if (fault) return answerWithFault(ctx, fault, base, entry, res, sleep);
  const response = await safeDispatch(base, ctx);
  if (!res.destroyed) writeResponse(res, response);
  Object.assign(entry, { status: res.destroyed ? 0 : response.status, events: response.events ?? 0 });
}

/** Starts listening on 127.0.0.1:`port` (0 = ephemeral). */
export async function startServer(ctx: SandboxContext, port: number): Promise<RunningServer> {
  const closing = new AbortController();
  const nextRid = createRidGenerator();
  const server: Server = createServer((req, res) => {
    handle(ctx, closing.signal, nextRid(), req, res).catch(() => res.destroy());
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
