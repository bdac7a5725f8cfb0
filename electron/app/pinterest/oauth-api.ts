import type { Clock, Logger } from '../../core/ports';
import { silentLogger } from '../../core/ports';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import type { OauthTokenResponse } from './api-schemas';
import { describeMismatch, oauthTokenResponseSchema } from './api-schemas';
import { mapHttpError } from './error-mapping';
import type { Transport } from './http-transport';
import { TransportError } from './http-transport';

/** Who exchanges codes: Pinterest directly (client id + secret, Basic auth) or an organisation's broker. */
export interface OAuthEndpointConfig {
  /** API base including /v5: the token endpoint is `${apiBaseUrl}/oauth/token`. */
  apiBaseUrl: string;
  clientId?: string;
  clientSecret?: string;
  /** A broker URL that keeps the secret on a server; it takes the same form fields and answers like Pinterest. */
  brokerUrl?: string;
}

/** The token endpoints (oauth/token and token/revoke). Never throw. */
export interface OAuthApi {
  /** grant_type=authorization_code with the same redirect_uri that was sent to the authorize page. */
  exchangeCode(code: string, redirectUri: string, signal?: AbortSignal): Promise<Result<OauthTokenResponse>>;
  /** grant_type=refresh_token; the answer carries a rotated refresh token. */
  refresh(refreshToken: string): Promise<Result<OauthTokenResponse>>;
  /** POST /oauth/token/revoke; `skipped` when only a broker is configured (no secret here). */
  revoke(token: string, hint: 'access_token' | 'refresh_token'): Promise<Result<{ skipped: boolean }>>;
}

/** Options of the token endpoint client. */
export interface OAuthApiOptions {
  config: () => OAuthEndpointConfig;
  transport: Transport;
  log?: Logger;
  clock?: Clock;
  timeoutMs?: number;
}

/** Creates the token endpoint client; the configuration is read at each call (Settings may change). */
export function createOAuthApi(options: OAuthApiOptions): OAuthApi {
  const log = options.log ?? silentLogger;
  const clock = options.clock ?? Date.now;

  async function post(url: string, form: Record<string, string>, basic: boolean, what: string, signal?: AbortSignal) {
    const config = options.config();
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (basic) {
      if (!config.clientId || !config.clientSecret) {
        return { failure: appError('validation', "Sign-in with Pinterest needs your Pinterest app's client id and secret (Settings).") };
      }
      headers.authorization = `Basic ${Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64')}`;
    }
    try {
      const res = await options.transport.request({
        method: 'POST',
        url,
        headers,
        body: new URLSearchParams(form).toString(),
        signal,
        connectTimeoutMs: 10_000,
        timeoutMs: options.timeoutMs ?? 30_000,
      });
      const requestId = res.header('x-pinterest-rid');
      log.info('pinterest oauth', { what, path: new URL(url).pathname, status: res.status, rid: requestId });
      let json: unknown;
      try {
        json = res.text === '' ? undefined : JSON.parse(res.text);
      } catch {
        json = undefined;
      }
      return { status: res.status, json, requestId };
    } catch (error) {
      const code = error instanceof TransportError ? error.code : 'EUNKNOWN';
      log.warn('pinterest oauth failed', { what, code });
      const kind = error instanceof TransportError && error.reason === 'cancelled' ? 'cancelled' : 'network';
      return { failure: appError(kind, `Could not reach Pinterest to ${what} (${code}).`) };
    }
  }

  async function tokenCall(form: Record<string, string>, what: string, signal?: AbortSignal): Promise<Result<OauthTokenResponse>> {
    const config = options.config();
    const broker = config.brokerUrl;
    const url = broker ?? `${config.apiBaseUrl.replace(/\/+$/, '')}/oauth/token`;
    const fields = broker && config.clientId ? { ...form, client_id: config.clientId } : form;
    const answer = await post(url, fields, !broker, what, signal);
    if ('failure' in answer && answer.failure) return err(answer.failure);
    const { status, json, requestId } = answer as { status: number; json: unknown; requestId?: string };
    if (status < 200 || status >= 300) {
      const mapped = mapHttpError(status, json, { requestId, now: clock() });
      if (status === 400 || status === 401) {
        return err(appError('auth', `Pinterest refused to ${what}: the sign-in code, the refresh token or the app's client id/secret was not accepted.`, {
          status, code: mapped.code, requestId,
        }));
      }
      return err(mapped);
    }
    const parsed = oauthTokenResponseSchema.safeParse(json);
    if (!parsed.success) {
      const why = json === undefined ? 'not JSON' : describeMismatch(parsed.error);
      return err(appError('remote', `Pinterest's token answer could not be read (${why}).`, { status, requestId }));
    }
    return ok(parsed.data);
  }

  return {
    exchangeCode: (code, redirectUri, signal) =>
      tokenCall({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }, 'finish the sign-in', signal),
    refresh: (refreshToken) => tokenCall({ grant_type: 'refresh_token', refresh_token: refreshToken }, 'renew the sign-in'),
    async revoke(token, hint) {
      const config = options.config();
      if (config.brokerUrl && !config.clientSecret) return ok({ skipped: true });
      const url = `${config.apiBaseUrl.replace(/\/+$/, '')}/oauth/token/revoke`;
      const answer = await post(url, { token, token_type_hint: hint }, true, 'revoke the sign-in');
      if ('failure' in answer && answer.failure) return err(answer.failure);
      const { status, json, requestId } = answer as { status: number; json: unknown; requestId?: string };
      if (status < 200 || status >= 300) return err(mapHttpError(status, json, { requestId, now: clock() }));
      return ok({ skipped: false });
    },
  };
}
