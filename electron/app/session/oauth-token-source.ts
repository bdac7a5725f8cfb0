import type { Clock } from '../../core/ports';
import type { AppError } from '../../shared/app-error';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import type { OauthTokenResponse } from '../pinterest/api-schemas';
import type { TokenSource } from '../pinterest/token-source';
import { singleFlight, TokenUnavailableError } from '../pinterest/token-source';
import type { ConnectionSecret } from './connection-index';

/** Refresh this long before the access token expires. */
export const refreshAheadMs = 5 * 60 * 1000;

/** What an OAuth token source needs from its connection. */
export interface OAuthTokenSourceOptions {
  /** The current secret (in memory). */
  current(): ConnectionSecret | undefined;
  /** Persists a rotated secret; resolves only once it is durable (REL-10). */
  save(secret: ConnectionSecret): Promise<void>;
  /** Calls the token endpoint with grant_type=refresh_token. */
  refresh(refreshToken: string): Promise<Result<OauthTokenResponse>>;
  /** The refresh token was refused: the connection needs a new sign-in. */
  onRefreshRefused(error: AppError): void;
  clock: Clock;
  aheadMs?: number;
}

/** Turns a token response into the stored secret (absolute expiry times in ms). */
export function secretFromTokenResponse(res: OauthTokenResponse, now: number, previous?: ConnectionSecret): ConnectionSecret {
  const refreshExpiresAt =
    res.refresh_token_expires_at !== undefined
      ? res.refresh_token_expires_at * 1000
      : res.refresh_token_expires_in !== undefined
        ? now + res.refresh_token_expires_in * 1000
        : previous?.refreshExpiresAt;
  return {
    accessToken: res.access_token,
    refreshToken: res.refresh_token ?? previous?.refreshToken,
    expiresAt: now + res.expires_in * 1000,
    refreshExpiresAt,
    scope: res.scope,
  };
}

/**
 * The TokenSource of an OAuth connection: refreshes ahead of expiry and once after a 401, with one
 * refresh in flight at a time; the rotated refresh token is saved before the new access token is used.
 */
export function createOAuthTokenSource(opts: OAuthTokenSourceOptions): TokenSource {
  const ahead = opts.aheadMs ?? refreshAheadMs;
  const refreshNow = singleFlight(async (): Promise<AppError | undefined> => {
    const before = opts.current();
    if (!before?.refreshToken) return appError('auth', 'This Pinterest sign-in cannot be renewed. Sign in again.');
    const result = await opts.refresh(before.refreshToken);
    if (!result.ok) {
      if (result.error.kind === 'auth' || result.error.kind === 'forbidden' || result.error.status === 400) {
        const refused = appError('auth', 'Pinterest ended this sign-in (the refresh was refused). Sign in again.', {
          requestId: result.error.requestId,
        });
        opts.onRefreshRefused(refused);
        return refused;
      }
      return result.error;
    }
    const next = secretFromTokenResponse(result.value, opts.clock(), before);
    await opts.save(next);
    return undefined;
  });

  const expiresSoon = (secret: ConnectionSecret) => secret.expiresAt !== undefined && secret.expiresAt - opts.clock() <= ahead;

  return {
    async accessToken() {
      const secret = opts.current();
      if (!secret) throw new TokenUnavailableError(appError('auth', 'You are signed out. Sign in again.'));
      if (!expiresSoon(secret)) return secret.accessToken;
      const failure = await refreshNow();
      const now = opts.current();
      if (!failure && now) return now.accessToken;
      // A transient refresh failure while the old token is still valid: keep using it.
      if (now && now.expiresAt !== undefined && now.expiresAt > opts.clock() && failure?.kind !== 'auth') return now.accessToken;
      throw new TokenUnavailableError(failure ?? appError('auth', 'You are signed out. Sign in again.'));
    },
    async refreshAfterUnauthorized() {
      const failure = await refreshNow();
      return failure === undefined;
    },
  };
}
