// The bearer tokens the sandbox accepts: conversion tokens (events only) and OAuth access
// tokens (by scope). Refresh tokens live in the OAuth store: they are never bearer tokens.

/** What kind of bearer token: a conversion token from Ads Manager, or an OAuth access token. */
export type TokenKind = 'conversion' | 'oauth';

/** A token to accept. */
export interface TokenGrant {
  token: string;
  kind: TokenKind;
  /** Ad accounts the token may use; default: every seeded account. */
  adAccountIds?: string[];
  /** OAuth scopes; default ads:read, ads:write, user_accounts:read (ignored for conversion tokens). */
  scopes?: string[];
  /** Expiry in clock milliseconds; default never. */
  expiresAt?: number;
}

/** A registered token and its state. */
export interface TokenInfo {
  token: string;
  kind: TokenKind;
  adAccountIds: string[] | 'all';
  scopes: string[];
  expiresAt: number | undefined;
  revoked: boolean;
}

/** Why a token is (not) accepted. */
export type TokenState = 'valid' | 'unknown' | 'expired' | 'revoked';

/** The registry of accepted bearer tokens. */
export interface TokenRegistry {
  /** Accepts a token from now on (replacing an earlier grant of the same string). */
  add(grant: TokenGrant): void;
  /** Stops accepting a token; false when it was unknown. */
  revoke(token: string): boolean;
  /** Makes a token expire now (as if its lifetime ran out). */
  expire(token: string): boolean;
  /** The registered token, whatever its state. */
  get(token: string): TokenInfo | undefined;
  /** Whether a token is accepted now. */
  state(token: string): TokenState;
  /** Whether the token may act on this ad account. */
  allows(token: string, adAccountId: string): boolean;
}

/** Default scopes of OAuth tokens added without any. */
export const defaultOauthScopes = ['ads:read', 'ads:write', 'user_accounts:read'];

/** Creates a registry whose expiry is judged by `clock` (ms). */
export function createTokenRegistry(clock: () => number): TokenRegistry {
  const tokens = new Map<string, TokenInfo>();
  return {
    add(grant) {
      if (!grant.token) throw new Error('A sandbox token cannot be empty.');
      tokens.set(grant.token, {
        token: grant.token,
        kind: grant.kind,
        adAccountIds: grant.adAccountIds ? [...grant.adAccountIds] : 'all',
        scopes: grant.kind === 'oauth' ? [...(grant.scopes ?? defaultOauthScopes)] : [],
        expiresAt: grant.expiresAt,
        revoked: false,
      });
    },
    revoke(token) {
      const info = tokens.get(token);
      if (info) info.revoked = true;
      return info !== undefined;
    },
    expire(token) {
      const info = tokens.get(token);
      if (info) info.expiresAt = Math.min(info.expiresAt ?? Infinity, clock() - 1);
      return info !== undefined;
    },
    get: (token) => tokens.get(token),
    state(token) {
      const info = tokens.get(token);
      if (!info) return 'unknown';
      if (info.revoked) return 'revoked';
      if (info.expiresAt !== undefined && clock() >= info.expiresAt) return 'expired';
      return 'valid';
    },
    allows(token, adAccountId) {
      const info = tokens.get(token);
      return info !== undefined && (info.adAccountIds === 'all' || info.adAccountIds.includes(adAccountId));
    },
  };
}
