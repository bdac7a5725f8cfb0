import type { AppError } from '../../shared/app-error';
import { appError } from '../../shared/app-error';
import type { ErrorBody } from './api-schemas';
import { errorBodySchema } from './api-schemas';

/** Longest wait a Retry-After header may impose (a hostile or broken value cannot stall a run). */
export const maxRetryAfterMs = 15 * 60 * 1000;

/** Reads Retry-After (delay-seconds or HTTP-date, RFC 9110 §10.2.3), clamped to [0, maxRetryAfterMs]. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at) || !/[a-z]/i.test(text)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(ms, 0), maxRetryAfterMs);
}

/** Pinterest's code for a 401 caused by missing scopes (a refresh cannot fix it). */
export const insufficientScopeCode = 3;

/** Pulls `{code, message}` out of an error body, leniently; undefined when it has neither. */
export function readErrorBody(body: unknown): ErrorBody | undefined {
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) return parsed.data;
  if (body && typeof body === 'object') {
    const o = body as Record<string, unknown>;
    const code = typeof o.code === 'number' && Number.isInteger(o.code) ? o.code : undefined;
    const msg = typeof o.message === 'string' ? o.message : undefined;
    if (code !== undefined || msg !== undefined) return { code: code ?? 0, message: msg ?? '' };
  }
  return undefined;
}

/** What the request was about, to word the error in the user's terms. */
export interface ErrorContext {
  adAccountId?: string;
  requestId?: string;
  retryAfterHeader?: string | null;
  now: number;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
}

/** Maps a non-2xx Pinterest answer to an AppError (REL-06 table). */
export function mapHttpError(status: number, body: unknown, ctx: ErrorContext): AppError {
  const parsed = readErrorBody(body);
  const extra = { status, code: parsed?.code, requestId: ctx.requestId };
  const theirs = parsed?.message ? clip(parsed.message) : '';
  const said = theirs ? ` Pinterest said: "${theirs}"` : '';
  if (status === 401 && parsed?.code === insufficientScopeCode) {
    return appError('auth', 'This sign-in is not allowed to do that: a conversion token can only send events, and listing ad accounts needs "Sign in with Pinterest" (scope ads:read).', extra);
  }
  if (status === 401) {
    return appError('auth', 'Pinterest did not accept the sign-in: the token is wrong or has expired. Sign in again.', extra);
  }
  if (status === 403) {
    const what = ctx.adAccountId
      ? `This token may not send conversions for ad account ${ctx.adAccountId}.`
      : 'This sign-in is not allowed to access that Pinterest resource.';
    return appError('forbidden', `${what} Check the ad account id and that your role is Owner, Admin, Analyst, Audience or Campaign manager.`, extra);
  }
  if (status === 429) {
    const detail = `${parsed?.message ?? ''} ${parsed?.message_detail ?? ''}`;
    if (/spam/i.test(detail)) {
      return appError('remote', `Pinterest blocked these requests as possible spam and will not accept more for now.${said}`, extra);
    }
    const retryAfterMs = parseRetryAfter(ctx.retryAfterHeader, ctx.now);
    return appError('rate-limited', 'Pinterest asked us to slow down (rate limit reached).', { ...extra, retryAfterMs });
  }
  if (status === 400) return appError('remote', `Pinterest rejected the request as invalid.${said}`, extra);
  if (status === 404) {
    const what = ctx.adAccountId ? `Ad account ${ctx.adAccountId} was not found.` : 'Pinterest could not find that resource.';
    return appError('not-found', what, extra);
  }
  if (status === 503 && parsed?.code === 4197) {
    return appError('unavailable', 'Pinterest has switched this endpoint off for now (503). Try again later.', extra);
  }
  if (status >= 500) return appError('remote', `Pinterest had a server error (HTTP ${status}). It is safe to retry.${said}`, extra);
  return appError('remote', `Pinterest answered with an unexpected HTTP ${status}.${said}`, extra);
}

/** Whether the same request may be tried again later (the upload engine's retry filter). */
export function isRetryable(error: AppError): boolean {
  switch (error.kind) {
    case 'rate-limited':
    case 'network':
    case 'unavailable':
      return true;
    case 'remote':
      // 5xx and malformed answers (no status or 2xx) are transient; 4xx are not.
      return error.status === undefined || error.status >= 500 || (error.status >= 200 && error.status < 300);
    case 'validation':
    case 'auth':
    case 'forbidden':
    case 'file':
    case 'not-found':
    case 'cancelled':
    case 'internal':
      return false;
  }
}
