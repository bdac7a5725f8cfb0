// POST /v5/ad_accounts/{id}/events[?test=true]: Pinterest's Conversions API, with its status
// codes and bodies (PINTEREST-NOTES §2-§5). Checks run in this order: auth (401), path id (400),
// access (403), rate limit (429), JSON (400), schema (400 code 4196), then per-event rules.
import { authenticate, tokenSeesAccount } from './auth';
import { canSend } from './ad-accounts';
import { checkEvent } from './event-rules';
import { validateAdAccountId, validateEventsBody } from './event-schema';
import type { SandboxRequest, SandboxResponse } from './http-io';
import { json, parseJson } from './http-io';
import { pinterestErrors } from './pinterest-errors';
import { pyRepr } from './py-repr';
import type { SandboxContext } from './sandbox-context';
import type { TokenInfo } from './token-registry';

/** One entry of `events[]` in a ConversionApiResponse. */
export interface EventResult {
  status: 'processed' | 'failed';
  error_message: string;
  warning_message: string;
}

/** The 200 body (also the `details` of a 422). */
export interface ConversionApiResponse {
  num_events_received: number;
  num_events_processed: number;
  events: EventResult[];
}

/** Reads `?test=`: true, false, or an error message for anything else. */
export function parseTestFlag(query: URLSearchParams): boolean | string {
  const value = query.get('test');
  if (value === null || value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true') return true;
  return `${pyRepr(value)} is not of type 'boolean'`;
}

function mayWrite(ctx: SandboxContext, token: TokenInfo, adAccountId: string): boolean {
  if (!tokenSeesAccount(ctx, token, adAccountId)) return false;
  const account = ctx.account(adAccountId);
  return token.kind === 'conversion' || (account !== undefined && canSend(account));
}

function withinRate(ctx: SandboxContext, req: SandboxRequest, test: boolean, adAccountId: string): boolean {
  if (!req.commit) return true;
  return test ? ctx.testLimiter.tryTake('app') : ctx.liveLimiter.tryTake(adAccountId);
}

function judge(ctx: SandboxContext, req: SandboxRequest, adAccountId: string, events: Record<string, unknown>[], test: boolean): ConversionApiResponse {
  const { config } = ctx;
  const settings = {
    nowSec: Math.floor(config.clock() / 1000),
    maxEventAgeDays: config.maxEventAgeDays,
    futureSkewSec: config.futureSkewSec,
    messages: config.messages,
  };
  const results = events.map((event): EventResult => {
    const verdict = checkEvent(event, settings);
    if (verdict.error) return { status: 'failed', error_message: verdict.error, warning_message: '' };
    if (!test && req.commit) ctx.received.addEvent(adAccountId, event as Record<string, unknown> & { event_id: string });
    return { status: 'processed', error_message: '', warning_message: verdict.warning };
  });
  const processed = results.filter((r) => r.status === 'processed').length;
  return { num_events_received: events.length, num_events_processed: processed, events: results };
}

function countEvents(body: unknown): number {
  const data = (body as { data?: unknown } | null | undefined)?.data;
  return Array.isArray(data) ? data.length : 0;
}

function answer(req: SandboxRequest, ctx: SandboxContext, adAccountId: string, body: unknown): SandboxResponse {
  const auth = authenticate(req, ctx, { scope: 'ads:write', conversionToken: true });
  if (!auth.ok) return auth.response;
  const idError = validateAdAccountId(adAccountId);
  if (idError) return json(400, pinterestErrors.invalidRequest(idError));
  if (!mayWrite(ctx, auth.token, adAccountId)) return json(403, pinterestErrors.notPermitted);
  const test = parseTestFlag(req.query);
  if (typeof test === 'string') return json(400, pinterestErrors.invalidRequest(test));
  if (!withinRate(ctx, req, test, adAccountId)) return json(429, pinterestErrors.rateLimited);
  if (body === undefined) return json(400, pinterestErrors.invalidRequest('The request body is not valid JSON.'));
  const schemaError = validateEventsBody(body);
  if (schemaError) return json(400, pinterestErrors.invalidRequest(schemaError));
  const result = judge(ctx, req, adAccountId, (body as { data: Record<string, unknown>[] }).data, test);
  if (result.num_events_processed < result.num_events_received && ctx.config.partialFailureStatus === 422) {
    return json(422, { ...pinterestErrors.partialFailure, details: result });
  }
  return json(200, result);
}

/** Handles one events request for `adAccountId` (the raw path segment). */
export function handleEvents(req: SandboxRequest, ctx: SandboxContext, adAccountId: string): SandboxResponse {
  const body = parseJson(req.body);
  return { ...answer(req, ctx, adAccountId, body), events: countEvents(body) };
}
