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

/** Codes, refresh tokens and the access tokens they mint; access tokens go to the registry. */
class OauthGrants implements OauthStore {
  private readonly codes = new Map<string, CodeGrant>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();

  constructor(
    private readonly config: SandboxConfig,
    private readonly tokens: TokenRegistry,
  ) {}

  issueCode(clientId: string, redirectUri: string, scopes: string[]): string {
    const code = randomToken('code').slice(5, 45);
    this.codes.set(code, { clientId, redirectUri, scopes, expiresAt: this.config.clock() + codeLifetimeMs });
    return code;
  }

  redeemCode(code: string, clientId: string, redirectUri: string): GrantOutcome {
    const grant = this.codes.get(code);
    this.codes.delete(code);
    if (!grant || grant.clientId !== clientId || this.config.clock() >= grant.expiresAt) {
      return { ok: false, reason: 'The authorization code is invalid, expired or was already used.' };
    }
    if (grant.redirectUri !== redirectUri) return { ok: false, reason: 'redirect_uri does not match the authorization request.' };
    return { ok: true, response: this.withRefresh(clientId, grant.scopes, 'authorization_code') };
  }

  refresh(refreshToken: string, clientId: string, scopes?: string[]): GrantOutcome {
    const grant = this.refreshTokens.get(refreshToken);
    if (!grant || grant.clientId !== clientId || this.config.clock() >= grant.expiresAt) {
      return { ok: false, reason: 'The refresh token is invalid, expired or was revoked.' };
    }
    const wanted = scopes ?? grant.scopes;
    const extra = wanted.find((scope) => !grant.scopes.includes(scope));
    if (extra !== undefined) return { ok: false, reason: `The scope '${extra}' was not granted.` };
    this.refreshTokens.delete(refreshToken);
    return { ok: true, response: this.withRefresh(clientId, wanted, 'refresh_token') };
  }

  clientCredentials(_clientId: string, scopes: string[]): OauthTokenResponse {
    const { accessTokenTtlSec } = this.config.oauth;
    return { access_token: this.mintAccess(scopes), response_type: 'client_credentials', token_type: 'bearer', expires_in: accessTokenTtlSec, scope: scopes.join(',') };
  }

  revokeRefresh(token: string): boolean {
    return this.refreshTokens.delete(token);
  }

  private mintAccess(scopes: string[]): string {
    const token = randomToken('pina');
    this.tokens.add({ token, kind: 'oauth', scopes, expiresAt: this.config.clock() + this.config.oauth.accessTokenTtlSec * 1000 });
    return token;
  }

  private withRefresh(clientId: string, scopes: string[], responseType: 'authorization_code' | 'refresh_token'): OauthTokenResponse {
    const { accessTokenTtlSec, refreshTokenTtlSec } = this.config.oauth;
    const refreshToken = randomToken('pinr');
    const expiresAt = this.config.clock() + refreshTokenTtlSec * 1000;
    this.refreshTokens.set(refreshToken, { clientId, scopes, expiresAt });
    return {
      access_token: this.mintAccess(scopes),
      refresh_token: refreshToken,
      response_type: responseType,
      token_type: 'bearer',
      expires_in: accessTokenTtlSec,
      refresh_token_expires_in: refreshTokenTtlSec,
      refresh_token_expires_at: Math.floor(expiresAt / 1000),
      scope: scopes.join(','),
    };
  }
}

/** Creates the store; minted access tokens are registered in `tokens`. */
export function createOauthStore(config: SandboxConfig, tokens: TokenRegistry): OauthStore {
  return new OauthGrants(config, tokens);
}
