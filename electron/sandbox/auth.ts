// Bearer-token checks shared by the API endpoints: 401 code 2 for a missing, unknown, revoked
// or expired token; 401 code 3 for a token lacking the scope (observed Pinterest body);
// conversion tokens only for the events endpoint.
import type { SandboxContext } from './sandbox-context';
import type { SandboxRequest, SandboxResponse } from './http-io';
import { bearerToken, json } from './http-io';
import { pinterestErrors } from './pinterest-errors';
import type { TokenInfo } from './token-registry';

/** What an endpoint requires of the caller. */
export interface AuthNeed {
  /** OAuth scope required. */
  scope: string;
  /** Conversion tokens are accepted too (the events endpoint only). */
  conversionToken: boolean;
}

/** The accepted token, or the error answer. */
export type AuthOutcome = { ok: true; token: TokenInfo } | { ok: false; response: SandboxResponse };

/** Authenticates a request's bearer token against what the endpoint needs. */
export function authenticate(req: SandboxRequest, ctx: SandboxContext, need: AuthNeed): AuthOutcome {
  const token = bearerToken(req.headers);
  const info = token === undefined ? undefined : ctx.tokens.get(token);
  if (token === undefined || !info || ctx.tokens.state(token) !== 'valid') {
    return { ok: false, response: json(401, pinterestErrors.authenticationFailed) };
  }
  const allowed = info.kind === 'conversion' ? need.conversionToken : info.scopes.includes(need.scope);
  if (!allowed) return { ok: false, response: json(401, pinterestErrors.insufficientScope) };
  return { ok: true, token: info };
}

/** Whether the token may see this ad account at all (seeded and within its allowed list). */
export function tokenSeesAccount(ctx: SandboxContext, token: TokenInfo, adAccountId: string): boolean {
  return ctx.account(adAccountId) !== undefined && ctx.tokens.allows(token.token, adAccountId);
}
