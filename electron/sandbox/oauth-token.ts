// POST /v5/oauth/token (Basic client auth; authorization_code, refresh_token and
// client_credentials grants), /v5/oauth/token/revoke and /v5/oauth/conversion_token.
import { authenticate } from './auth';
import type { SandboxRequest, SandboxResponse } from './http-io';
import { basicCredentials, json } from './http-io';
import { parseScopes } from './oauth-authorize';
import { pinterestErrors } from './pinterest-errors';
import { pyRepr } from './py-repr';
import type { SandboxContext } from './sandbox-context';
import { randomToken } from './sandbox-options';

const grantTypes = ['authorization_code', 'refresh_token', 'client_credentials'];

function clientOk(req: SandboxRequest, ctx: SandboxContext): boolean {
  const credentials = basicCredentials(req.headers);
  const { clientId, clientSecret } = ctx.config.oauth;
  return credentials !== undefined && credentials.user === clientId && credentials.password === clientSecret;
}

function form(req: SandboxRequest): URLSearchParams {
  return new URLSearchParams(req.body.toString('utf8'));
}

function invalid(detail: string): SandboxResponse {
  return json(400, pinterestErrors.invalidParameter(detail));
}

function missing(field: string): SandboxResponse {
  return invalid(`${pyRepr(field)} is a required property`);
}

/** POST /v5/oauth/token */
export function tokenEndpoint(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
  if (!clientOk(req, ctx)) return json(401, pinterestErrors.authenticationFailed);
  const body = form(req);
  const grantType = body.get('grant_type');
  const clientId = ctx.config.oauth.clientId;
  if (grantType === null) return missing('grant_type');
  if (!grantTypes.includes(grantType)) return invalid(`${pyRepr(grantType)} is not one of ${pyRepr(grantTypes)}`);
  if (grantType === 'authorization_code') {
    const code = body.get('code');
    const redirectUri = body.get('redirect_uri');
    if (code === null) return missing('code');
    if (redirectUri === null) return missing('redirect_uri');
    const outcome = ctx.oauth.redeemCode(code, clientId, redirectUri);
    return outcome.ok ? json(200, outcome.response) : invalid(outcome.reason);
  }
  if (grantType === 'refresh_token') {
    const refreshToken = body.get('refresh_token');
    if (refreshToken === null) return missing('refresh_token');
    const scope = body.get('scope');
    const outcome = ctx.oauth.refresh(refreshToken, clientId, scope === null ? undefined : parseScopes(scope));
    return outcome.ok ? json(200, outcome.response) : invalid(outcome.reason);
  }
  const scopes = parseScopes(body.get('scope'));
  if (scopes.length === 0) return missing('scope');
  return json(200, ctx.oauth.clientCredentials(clientId, scopes));
}

/** POST /v5/oauth/token/revoke: 200 with an empty body; the token is no longer accepted. */
export function revokeEndpoint(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
  if (!clientOk(req, ctx)) return json(401, pinterestErrors.authenticationFailed);
  const token = form(req).get('token');
  if (token === null || token === '') return missing('token');
  if (!ctx.oauth.revokeRefresh(token)) ctx.tokens.revoke(token);
  return { status: 200 };
}

/** POST /v5/oauth/conversion_token: an OAuth token with ads:write mints a conversion token. */
export function conversionTokenEndpoint(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
  const auth = authenticate(req, ctx, { scope: 'ads:write', conversionToken: false });
  if (!auth.ok) return auth.response;
  const token = randomToken('pina');
  const { adAccountIds } = auth.token;
  ctx.tokens.add({ token, kind: 'conversion', ...(adAccountIds === 'all' ? {} : { adAccountIds }) });
  return json(200, { access_token: token, token_type: 'conversion' });
}
