import type { Clock, Logger } from '../../core/ports';
import type { AppError } from '../../shared/app-error';
import { appError } from '../../shared/app-error';
import { insufficientScopeCode, mapHttpError, readErrorBody } from './error-mapping';
import type { Transport } from './http-transport';
import { TransportError } from './http-transport';
import type { TokenSource } from './token-source';
import { singleFlight, TokenUnavailableError } from './token-source';

/** One call to the Pinterest API. `path` is relative to the base URL (e.g. `/ad_accounts`). */
export interface ApiCall {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** The body already serialized as JSON (wins over `body`; saves serializing a batch twice). */
  jsonBody?: string;
  /** Used to word 403/404 errors ("...for ad account X"). */
  adAccountId?: string;
  signal?: AbortSignal;
  /** Number of events in the body, for the log line. */
  events?: number;
}

/** A parsed HTTP answer: `json` is undefined when the body was not JSON. */
export interface ApiAnswer {
  kind: 'answer';
  status: number;
  json: unknown;
  requestId?: string;
  retryAfter?: string;
}

/** No usable HTTP answer (or an error status already mapped). */
export interface ApiFailure {
  kind: 'error';
  error: AppError;
  /** The request may have reached Pinterest (and been acted on). */
  ambiguous: boolean;
  retryAfterMs?: number;
  requestId?: string;
}

/** Settings of the request core. */
export interface ApiRequesterOptions {
  baseUrl: string;
  tokens: TokenSource;
  transport: Transport;
  timeoutMs: number;
  connectTimeoutMs: number;
  log: Logger;
  clock: Clock;
}

/** Sends a call and returns the raw answer; retries once with a fresh token after a 401. */
export type ApiRequester = (call: ApiCall) => Promise<ApiAnswer | ApiFailure>;

/** Builds the request core shared by every endpoint of the client. */
export function createApiRequester(opts: ApiRequesterOptions): ApiRequester {
  const base = opts.baseUrl.replace(/\/+$/, '');
  // Concurrent 401s share one refresh; a request that used a token older than the current one
  // just retries with the current one (the refresh already happened).
  const refreshOnce = opts.tokens.refreshAfterUnauthorized
    ? singleFlight(() => opts.tokens.refreshAfterUnauthorized!().catch(() => false))
    : undefined;

  async function token(): Promise<string | ApiFailure> {
    try {
      return await opts.tokens.accessToken();
    } catch (error) {
      const failure = error instanceof TokenUnavailableError ? error.appError : appError('auth', 'The sign-in has expired. Sign in again.');
      return { kind: 'error', error: failure, ambiguous: false };
    }
  }

  return async function request(call) {
    const url = new URL(base + call.path);
    for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
    const first = await token();
    if (typeof first !== 'string') return first;
    let answer = await once(call, url, first);
    if (answer.kind === 'answer' && answer.status === 401 && refreshOnce && !missingScope(answer.json)) {
      const current = await token();
      if (typeof current !== 'string') return current;
      const fresh = current !== first ? true : await refreshOnce();
      if (fresh) {
        const next = current !== first ? current : await token();
        if (typeof next !== 'string') return next;
        answer = await once(call, url, next);
      }
    }
    if (answer.kind === 'answer' && (answer.status < 200 || answer.status >= 300) && answer.status !== 422) {
      const error = mapHttpError(answer.status, answer.json, {
        adAccountId: call.adAccountId,
        requestId: answer.requestId,
        retryAfterHeader: answer.retryAfter,
        now: opts.clock(),
      });
      // A gateway answering 502/504 may have forwarded the body: the origin may have acted on it.
      const ambiguous = answer.status === 502 || answer.status === 504;
      return { kind: 'error', error, ambiguous, retryAfterMs: error.retryAfterMs, requestId: answer.requestId };
    }
    return answer;
  };

  async function once(call: ApiCall, url: URL, accessToken: string): Promise<ApiAnswer | ApiFailure> {
    const started = opts.clock();
    const headers: Record<string, string> = { authorization: `Bearer ${accessToken}`, accept: 'application/json' };
    const body = call.jsonBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
    if (body !== undefined) headers['content-type'] = 'application/json';
    const logFields = { method: call.method, path: url.pathname, events: call.events };
    try {
      const res = await opts.transport.request({
        method: call.method,
        url: url.toString(),
        headers,
        body,
        signal: call.signal,
        timeoutMs: opts.timeoutMs,
        connectTimeoutMs: opts.connectTimeoutMs,
      });
      const requestId = res.header('x-pinterest-rid');
      let json: unknown;
      try {
        json = res.text === '' ? undefined : JSON.parse(res.text);
      } catch {
        json = undefined;
      }
      const code = json && typeof json === 'object' && typeof (json as { code?: unknown }).code === 'number' ? (json as { code: number }).code : undefined;
      opts.log.info('pinterest response', { ...logFields, status: res.status, code, rid: requestId, ms: opts.clock() - started });
      return { kind: 'answer', status: res.status, json, requestId, retryAfter: res.header('retry-after') };
    } catch (error) {
      const failure = transportFailure(error, opts);
      opts.log.warn('pinterest request failed', { ...logFields, reason: failure.error.kind, ambiguous: failure.ambiguous, ms: opts.clock() - started });
      return failure;
    }
  }
}

/** A 401 for missing scopes: a new token would not help. */
function missingScope(json: unknown): boolean {
  return readErrorBody(json)?.code === insufficientScopeCode;
}

function transportFailure(error: unknown, opts: ApiRequesterOptions): ApiFailure {
  if (!(error instanceof TransportError)) {
    return { kind: 'error', error: appError('internal', 'The request to Pinterest failed unexpectedly.'), ambiguous: true };
  }
  const ambiguous = error.sent;
  switch (error.reason) {
    case 'cancelled':
      return { kind: 'error', error: appError('cancelled', 'The request was cancelled.'), ambiguous };
    case 'timeout': {
      const what = error.code === 'ECONNECTTIMEOUT' ? 'could not be reached' : 'did not answer';
      const seconds = Math.round((error.code === 'ECONNECTTIMEOUT' ? opts.connectTimeoutMs : opts.timeoutMs) / 1000);
      return { kind: 'error', error: appError('network', `Pinterest ${what} within ${seconds} s (${error.code}).`), ambiguous };
    }
    case 'too-large':
      return { kind: 'error', error: appError('remote', 'Pinterest sent an answer too large to be real.'), ambiguous };
    case 'network':
      return {
        kind: 'error',
        error: appError('network', ambiguous
          ? `The connection to Pinterest broke after the request was sent (${error.code}).`
          : `Could not connect to Pinterest (${error.code}). Check the internet connection.`),
        ambiguous,
      };
  }
}
