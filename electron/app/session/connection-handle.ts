import type { z } from 'zod';
import type { Clock, Logger } from '../../core/ports';
import { appError } from '../../shared/app-error';
import type { authMethodSchema } from '../../shared/views';
import type { OAuthApi } from '../pinterest/oauth-api';
import type { PinterestClient } from '../pinterest/pinterest-client';
import { createPinterestClient } from '../pinterest/pinterest-client';
import type { TokenSource } from '../pinterest/token-source';
import { TokenUnavailableError } from '../pinterest/token-source';
import type { ConnectionRecord, ConnectionSecret } from './connection-index';
import { createOAuthTokenSource } from './oauth-token-source';

/**
 * What the upload engine (and the accounts service) get for a connection: where to send, how to
 * sign, and a ready client. `tokens` refreshes OAuth tokens itself; build another client with
 * `createPinterestClient({ baseUrl: apiBaseUrl, tokens })` to pick your own timeouts.
 */
export interface ConnectionHandle {
  connectionId: string;
  method: z.infer<typeof authMethodSchema>;
  /** Conversion-token connections are bound to this ad account. */
  adAccountId?: string;
  apiBaseUrl: string;
  tokens: TokenSource;
  client: PinterestClient;
  /** Hash identifying the signed-in user (for per-user preferences). */
  userKey: string;
}

/** What a handle needs from the session manager. */
export interface HandleDeps {
  /** The in-memory secret of the connection (undefined once signed out). */
  current(): ConnectionSecret | undefined;
  /** Persists a rotated secret (durably, before the new access token is used). */
  save(secret: ConnectionSecret): Promise<void>;
  /** The refresh token was refused: mark the connection "sign in again". */
  refused(): void;
  oauthApi?: OAuthApi;
  log: Logger;
  clock: Clock;
  clientOptions?: { timeoutMs?: number; connectTimeoutMs?: number };
}

const signedOut = () => new TokenUnavailableError(appError('auth', 'You are signed out. Sign in again.'));

/** Builds the token source and client of one connection. */
export function createConnectionHandle(record: ConnectionRecord, deps: HandleDeps): ConnectionHandle {
  const oauthApi = deps.oauthApi;
  const tokens: TokenSource =
    record.method === 'oauth' && oauthApi
      ? createOAuthTokenSource({
          current: deps.current,
          save: deps.save,
          refresh: (refreshToken) => oauthApi.refresh(refreshToken),
          onRefreshRefused: deps.refused,
          clock: deps.clock,
        })
      : {
          accessToken: async () => {
            const token = deps.current()?.accessToken;
            if (!token) throw signedOut();
            return token;
          },
        };
  const apiBaseUrl = record.apiBaseUrl ?? '';
  const client = createPinterestClient({ baseUrl: apiBaseUrl, tokens, log: deps.log, clock: deps.clock, ...deps.clientOptions });
  return { connectionId: record.id, method: record.method, adAccountId: record.adAccountId, apiBaseUrl, tokens, client, userKey: record.userKey };
}

/** Revokes both tokens of an OAuth sign-in; failures are logged, never fatal (sign-out goes on). */
export async function revokeSecret(oauthApi: OAuthApi, secret: ConnectionSecret, log: Logger): Promise<void> {
  for (const [token, hint] of [[secret.refreshToken, 'refresh_token'], [secret.accessToken, 'access_token']] as const) {
    if (!token) continue;
    const revoked = await oauthApi.revoke(token, hint);
    if (!revoked.ok) log.warn('token revoke failed', { kind: revoked.error.kind, status: revoked.error.status, rid: revoked.error.requestId });
  }
}
