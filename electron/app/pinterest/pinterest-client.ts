import type { z } from 'zod';
import type { Clock, Logger } from '../../core/ports';
import { silentLogger } from '../../core/ports';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import type { ApiAnswer, ApiFailure } from './api-request';
import { createApiRequester } from './api-request';
import type { AdAccount, UserAccount } from './api-schemas';
import { adAccountPageSchema, adAccountSchema, describeMismatch, userAccountSchema } from './api-schemas';
import type { Transport } from './http-transport';
import { createNodeTransport, fetchTransport } from './http-transport';
import type { SendOutcome } from './send-outcome';
import { interpretEventsAnswer } from './send-outcome';
import type { TokenSource } from './token-source';

/** Production API base (the version path included). */
export const defaultApiBaseUrl = 'https://api.pinterest.com/v5';

/** How to build a client. */
export interface PinterestClientOptions {
  /** API base including the version path, e.g. https://api.pinterest.com/v5 or the sandbox's baseUrl. */
  baseUrl: string;
  tokens: TokenSource;
  /** Time for the whole answer once connected (default 60 s). */
  timeoutMs?: number;
  /** Time to open the connection (default 10 s). */
  connectTimeoutMs?: number;
  /** Use this fetch instead of node:http (ambiguity then inferred from error codes). */
  fetch?: typeof fetch;
  /** Or a complete transport (takes precedence over fetch). */
  transport?: Transport;
  log?: Logger;
  clock?: Clock;
}

/** Options of a send. */
export interface SendOptions {
  /** `?test=true`: Pinterest validates and answers but records nothing. */
  test: boolean;
  signal?: AbortSignal;
  /** `{"data":[...events]}` already serialized by the caller (must encode exactly `events`). */
  jsonBody?: string;
}

/** The Pinterest v5 endpoints the app uses. Never throws: errors come back as data. */
export interface PinterestClient {
  readonly baseUrl: string;
  /** POST /ad_accounts/{id}/events (at most 1,000 events). */
  sendEvents(adAccountId: string, events: unknown[], options: SendOptions): Promise<SendOutcome>;
  /** GET /ad_accounts, every page (page_size 250, shared accounts included). */
  listAdAccounts(options?: { signal?: AbortSignal }): Promise<Result<AdAccount[]>>;
  /** GET /ad_accounts/{id}. */
  getAdAccount(adAccountId: string, options?: { signal?: AbortSignal }): Promise<Result<AdAccount>>;
  /** GET /user_account (scope user_accounts:read): who is signed in. */
  getUserAccount(options?: { signal?: AbortSignal }): Promise<Result<UserAccount>>;
  /** Releases pooled connections. */
  close(): void;
}

/** Stops paging runaway bookmarks (250 × 400 = 100,000 accounts is far beyond any real user). */
const maxPages = 400;

/** Creates a client for one base URL and one token source. */
export function createPinterestClient(options: PinterestClientOptions): PinterestClient {
  const transport = options.transport ?? (options.fetch ? fetchTransport(options.fetch) : createNodeTransport());
  const request = createApiRequester({
    baseUrl: options.baseUrl,
    tokens: options.tokens,
    transport,
    timeoutMs: options.timeoutMs ?? 60_000,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    log: options.log ?? silentLogger,
    clock: options.clock ?? Date.now,
  });

  async function getJson<S extends z.ZodType>(path: string, schema: S, query: Record<string, string> | undefined, signal: AbortSignal | undefined, adAccountId?: string): Promise<Result<z.infer<S>>> {
    const answer = await request({ method: 'GET', path, query, signal, adAccountId });
    return readAnswer(answer, schema);
  }

  return {
    baseUrl: options.baseUrl,
    async sendEvents(adAccountId, events, { test, signal, jsonBody }) {
      if (!/^\d{1,18}$/.test(adAccountId)) {
        return { kind: 'error', error: appError('validation', 'An ad account id is 1 to 18 digits.'), ambiguous: false };
      }
      const answer = await request({
        method: 'POST',
        path: `/ad_accounts/${adAccountId}/events`,
        query: test ? { test: 'true' } : undefined,
        body: jsonBody === undefined ? { data: events } : undefined,
        jsonBody,
        adAccountId,
        signal,
        events: events.length,
      });
      return answer.kind === 'error' ? answer : interpretEventsAnswer(answer, events.length);
    },
    async listAdAccounts({ signal } = {}) {
      const all: AdAccount[] = [];
      const seen = new Set<string>();
      let bookmark: string | undefined;
      for (let page = 0; page < maxPages; page++) {
        const query: Record<string, string> = { page_size: '250', include_shared_accounts: 'true' };
        if (bookmark) query.bookmark = bookmark;
        const result = await getJson('/ad_accounts', adAccountPageSchema, query, signal);
        if (!result.ok) return result;
        all.push(...result.value.items);
        bookmark = result.value.bookmark ?? undefined;
        if (!bookmark) return ok(all);
        if (seen.has(bookmark)) return err(appError('remote', 'Pinterest repeated a page of ad accounts; the list could not be completed.'));
        seen.add(bookmark);
      }
      return err(appError('remote', 'Pinterest returned too many pages of ad accounts.'));
    },
    getAdAccount(adAccountId, { signal } = {}) {
      if (!/^\d{1,18}$/.test(adAccountId)) return Promise.resolve(err(appError('validation', 'An ad account id is 1 to 18 digits.')));
      return getJson(`/ad_accounts/${adAccountId}`, adAccountSchema, undefined, signal, adAccountId);
    },
    getUserAccount({ signal } = {}) {
      return getJson('/user_account', userAccountSchema, undefined, signal);
    },
    close: () => transport.close(),
  };
}

/** Checks a 2xx answer against its schema; a surprising body becomes a clear 'remote' error. */
function readAnswer<S extends z.ZodType>(answer: ApiAnswer | ApiFailure, schema: S): Result<z.infer<S>> {
  if (answer.kind === 'error') return err(answer.error);
  const requestId = answer.requestId;
  if (answer.status === 422) return err(appError('remote', 'Pinterest could not process the request (422).', { status: 422, requestId }));
  if (answer.json === undefined) return err(appError('remote', "Pinterest's answer was not JSON.", { status: answer.status, requestId }));
  const parsed = schema.safeParse(answer.json);
  if (!parsed.success) {
    return err(appError('remote', `Pinterest's answer had an unexpected shape (${describeMismatch(parsed.error)}).`, { status: answer.status, requestId }));
  }
  return ok(parsed.data);
}
