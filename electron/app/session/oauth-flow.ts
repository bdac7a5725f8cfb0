import { randomBytes } from 'node:crypto';
import type { Result } from '../../shared/result';
import { err } from '../../shared/result';
import type { OauthTokenResponse } from '../pinterest/api-schemas';
import { startLoopback } from './oauth-loopback';

/** Scopes we ask for: read accounts, send events, show who is signed in. */
export const oauthScopes = ['ads:read', 'ads:write', 'user_accounts:read'] as const;

/** Production consent page. */
export const defaultAuthorizeUrl = 'https://www.pinterest.com/oauth/';

/** How long the browser may take before the listener gives up (RFC 8252: listen only while pending). */
export const oauthTimeoutMs = 5 * 60 * 1000;

/** Inputs of one sign-in attempt. */
export interface OAuthFlowOptions {
  /** https://www.pinterest.com/oauth/ in production; the sandbox's authorizeUrl in Sandbox mode and tests. */
  authorizeBaseUrl: string;
  clientId: string;
  /** Exchanges the code (with the SAME redirect_uri) at Pinterest or the broker. */
  exchange(code: string, redirectUri: string): Promise<Result<OauthTokenResponse>>;
  timeoutMs?: number;
}

/** A sign-in waiting for the browser. */
export interface PendingOAuth {
  /** Open this in the SYSTEM browser (never in a window of ours). */
  authorizeUrl: string;
  redirectUri: string;
  /** The tokens once the user approved and the code was exchanged; an error otherwise. */
  done: Promise<Result<OauthTokenResponse>>;
  cancel(): void;
}

/** 32 random bytes, base64url: the single-use `state` of one attempt. */
export function newState(): string {
  return randomBytes(32).toString('base64url');
}

/** Builds the consent URL for the authorization code flow. */
export function buildAuthorizeUrl(base: string, params: { clientId: string; redirectUri: string; state: string }): string {
  const url = new URL(base);
  url.searchParams.set('client_id', params.clientId);
  url.searchParams.set('redirect_uri', params.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', oauthScopes.join(','));
  url.searchParams.set('state', params.state);
  return url.toString();
}

/**
 * Starts one OAuth attempt: loopback listener, state, consent URL. The code is exchanged only
 * after a callback whose state matches; a wrong or missing state, or an `error`, never reaches
 * the token endpoint.
 */
export async function startOAuthFlow(options: OAuthFlowOptions): Promise<PendingOAuth> {
  const state = newState();
  const loopback = await startLoopback({ expectedState: state, timeoutMs: options.timeoutMs ?? oauthTimeoutMs });
  let cancelled = false;
  const done = loopback.result.then(async (callback): Promise<Result<OauthTokenResponse>> => {
    if (!callback.ok) return callback;
    if (cancelled) return err({ kind: 'cancelled', message: 'Sign-in with Pinterest was cancelled.' });
    return options.exchange(callback.value.code, loopback.redirectUri);
  });
  return {
    authorizeUrl: buildAuthorizeUrl(options.authorizeBaseUrl, { clientId: options.clientId, redirectUri: loopback.redirectUri, state }),
    redirectUri: loopback.redirectUri,
    done,
    cancel() {
      cancelled = true;
      loopback.cancel();
    },
  };
}
