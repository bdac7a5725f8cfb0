import { oauthTokenResponseSchema } from '../../../electron/app/pinterest/api-schemas';
import type { TokenSource } from '../../../electron/app/pinterest/token-source';
import type { ConnectionSecret } from '../../../electron/app/session/connection-index';
import { createOAuthTokenSource, secretFromTokenResponse } from '../../../electron/app/session/oauth-token-source';
import { appError } from '../../../electron/shared/app-error';
import { err, ok } from '../../../electron/shared/result';
import type { Sandbox } from '../../../electron/sandbox/sandbox';

// A real OAuth token source against the sandbox's authorize and token endpoints (authorization
// code, then rotating refresh), as the app's OAuth connections use it, without a browser.

async function tokenCall(sandbox: Sandbox, form: Record<string, string>) {
  const { clientId, clientSecret } = sandbox.oauthClient;
  const res = await fetch(`${sandbox.baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  const parsed = oauthTokenResponseSchema.safeParse(await res.json());
  return parsed.success ? ok(parsed.data) : err(appError('auth', `token endpoint answered ${res.status}`, { status: res.status }));
}

/** Signs in through the sandbox's consent redirect; returns a refreshing TokenSource and a refresh counter. */
export async function sandboxOAuth(sandbox: Sandbox): Promise<{ tokens: TokenSource; refreshes(): number }> {
  const redirectUri = 'http://127.0.0.1:9/callback';
  const url = new URL(sandbox.authorizeUrl);
  Object.entries({ client_id: sandbox.oauthClient.clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'ads:read,ads:write', state: 's'.repeat(43) }).forEach(([k, v]) => url.searchParams.set(k, v));
  const consent = await fetch(url, { redirect: 'manual' });
  const code = new URL(consent.headers.get('location') ?? 'http://x/').searchParams.get('code');
  if (!code) throw new Error(`no code from the sandbox consent (${consent.status})`);
  const exchanged = await tokenCall(sandbox, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
  if (!exchanged.ok) throw new Error(exchanged.error.message);
  let secret: ConnectionSecret = secretFromTokenResponse(exchanged.value, Date.now());
  let refreshes = 0;
  const tokens = createOAuthTokenSource({
    current: () => secret,
    save: async (next) => void (secret = next),
    refresh: async (refreshToken) => {
      refreshes++;
      return tokenCall(sandbox, { grant_type: 'refresh_token', refresh_token: refreshToken });
    },
    onRefreshRefused: () => {},
    clock: Date.now,
  });
  return { tokens, refreshes: () => refreshes };
}
