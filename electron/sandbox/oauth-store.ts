// OAuth state: single-use authorization codes and continuous refresh tokens (every refresh
// returns a new refresh token and invalidates the old one, PINTEREST-NOTES §8.3).
import type { SandboxConfig } from './sandbox-options';
import { randomToken } from './sandbox-options';
import type { TokenRegistry } from './token-registry';

/** Body of a successful `POST /v5/oauth/token`. */
export interface OauthTokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  scope: string;
  response_type: 'authorization_code' | 'refresh_token' | 'client_credentials';
  refresh_token?: string;
  refresh_token_expires_in?: number;
  refresh_token_expires_at?: number;
}

/** Outcome of redeeming a code or a refresh token. */
export type GrantOutcome = { ok: true; response: OauthTokenResponse } | { ok: false; reason: string };

/** Codes, refresh tokens and the access tokens they mint. */
export interface OauthStore {
  issueCode(clientId: string, redirectUri: string, scopes: string[]): string;
  redeemCode(code: string, clientId: string, redirectUri: string): GrantOutcome;
  refresh(refreshToken: string, clientId: string, scopes?: string[]): GrantOutcome;
  clientCredentials(clientId: string, scopes: string[]): OauthTokenResponse;
  /** Revokes a refresh token; false when it is not one. */
  revokeRefresh(token: string): boolean;
}

interface CodeGrant {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  expiresAt: number;
}

interface RefreshGrant {
  clientId: string;
  scopes: string[];
  expiresAt: number;
}

const codeLifetimeMs = 10 * 60_000;

/** Creates the store; minted access tokens are registered in `tokens`. */
export function createOauthStore(config: SandboxConfig, tokens: TokenRegistry): OauthStore {
  const codes = new Map<string, CodeGrant>();
  const refreshTokens = new Map<string, RefreshGrant>();
  const { clock, oauth } = config;

  function mintAccess(scopes: string[]): string {
    const token = randomToken('pina');
    tokens.add({ token, kind: 'oauth', scopes, expiresAt: clock() + oauth.accessTokenTtlSec * 1000 });
    return token;
  }

  function withRefresh(clientId: string, scopes: string[], responseType: 'authorization_code' | 'refresh_token'): OauthTokenResponse {
    const refreshToken = randomToken('pinr');
    const expiresAt = clock() + oauth.refreshTokenTtlSec * 1000;
    refreshTokens.set(refreshToken, { clientId, scopes, expiresAt });
    return {
      access_token: mintAccess(scopes),
      refresh_token: refreshToken,
      response_type: responseType,
      token_type: 'bearer',
      expires_in: oauth.accessTokenTtlSec,
      refresh_token_expires_in: oauth.refreshTokenTtlSec,
      refresh_token_expires_at: Math.floor(expiresAt / 1000),
      scope: scopes.join(','),
    };
  }

  return {
    issueCode(clientId, redirectUri, scopes) {
      const code = randomToken('code').slice(5, 45);
      codes.set(code, { clientId, redirectUri, scopes, expiresAt: clock() + codeLifetimeMs });
      return code;
    },
    redeemCode(code, clientId, redirectUri) {
      const grant = codes.get(code);
      codes.delete(code);
      if (!grant || grant.clientId !== clientId || clock() >= grant.expiresAt) {
        return { ok: false, reason: 'The authorization code is invalid, expired or was already used.' };
      }
      if (grant.redirectUri !== redirectUri) return { ok: false, reason: 'redirect_uri does not match the authorization request.' };
      return { ok: true, response: withRefresh(clientId, grant.scopes, 'authorization_code') };
    },
    refresh(refreshToken, clientId, scopes) {
      const grant = refreshTokens.get(refreshToken);
      if (!grant || grant.clientId !== clientId || clock() >= grant.expiresAt) {
        return { ok: false, reason: 'The refresh token is invalid, expired or was revoked.' };
      }
      const wanted = scopes ?? grant.scopes;
      const extra = wanted.find((scope) => !grant.scopes.includes(scope));
      if (extra !== undefined) return { ok: false, reason: `The scope '${extra}' was not granted.` };
      refreshTokens.delete(refreshToken);
      return { ok: true, response: withRefresh(clientId, wanted, 'refresh_token') };
    },
    clientCredentials(_clientId, scopes) {
      return {
        access_token: mintAccess(scopes),
        response_type: 'client_credentials',
        token_type: 'bearer',
        expires_in: oauth.accessTokenTtlSec,
        scope: scopes.join(','),
      };
    },
    revokeRefresh: (token) => refreshTokens.delete(token),
  };
}
