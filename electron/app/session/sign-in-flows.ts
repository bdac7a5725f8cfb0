import { randomBytes } from 'node:crypto';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import type { OauthTokenResponse } from '../pinterest/api-schemas';
import { createPinterestClient } from '../pinterest/pinterest-client';
import { staticTokenSource } from '../pinterest/token-source';
import type { AuthRuntime, AuthStatus } from './auth-runtime';
import { checkConversionToken, checkTokenShape } from './conversion-token-check';
import { startOAuthFlow } from './oauth-flow';
import { secretFromTokenResponse } from './oauth-token-source';

/** Signs in with a pasted conversion token after ONE `?test=true` check against the ad account. */
export async function signInWithToken(rt: AuthRuntime, input: { token: string; adAccountId: string; label?: string }): Promise<Result<AuthStatus>> {
  const shape = checkTokenShape(input.token);
  if (!shape.ok) return shape;
  const apiBaseUrl = rt.deps.config.apiBaseUrl;
  const client = createPinterestClient({ baseUrl: apiBaseUrl, tokens: staticTokenSource(shape.value.token), log: rt.ctx.log, ...rt.deps.clientOptions });
  try {
    const checked = await checkConversionToken(client, input.adAccountId, rt.clock);
    if (!checked.ok) return checked;
  } finally {
    client.close();
  }
  await rt.sessions.add({
    method: 'token',
    accountName: input.label?.trim() || `Conversion token · ad account ${input.adAccountId}`,
    adAccountId: input.adAccountId,
    apiBaseUrl,
    secret: { accessToken: shape.value.token },
    identity: input.adAccountId,
    persist: true,
  });
  rt.lastError = undefined;
  return ok(rt.changed(shape.value.notice));
}

/**
 * Signs in to the embedded sandbox (started once, in-process): a fresh OAuth-like token that can
 * list the sandbox's ad accounts and send events, so the whole wizard works without Pinterest.
 */
export async function signInSandbox(rt: AuthRuntime): Promise<Result<AuthStatus>> {
  let sandbox;
  try {
    sandbox = await rt.ensureSandbox();
  } catch {
    return err(appError('internal', 'The sandbox could not be started.'));
  }
  const token = `pina_sandbox_${randomBytes(24).toString('base64url')}`;
  sandbox.tokens.add({ token, kind: 'oauth', adAccountIds: sandbox.adAccountIds, scopes: ['ads:read', 'ads:write', 'user_accounts:read'] });
  const client = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource(token), log: rt.ctx.log });
  const user = await client.getUserAccount();
  client.close();
  const name = user.ok && user.value.username ? user.value.username : 'sandbox user';
  await rt.sessions.add({
    method: 'sandbox',
    accountName: `Sandbox: ${name} (not real Pinterest)`,
    apiBaseUrl: sandbox.baseUrl,
    secret: { accessToken: token },
    identity: 'sandbox',
    persist: false,
  });
  rt.lastError = undefined;
  return ok(rt.changed());
}

/** Stores a completed OAuth sign-in as a connection named after the Pinterest user. */
async function completeOAuth(rt: AuthRuntime, tokens: OauthTokenResponse): Promise<void> {
  const apiBaseUrl = rt.deps.config.apiBaseUrl;
  const client = createPinterestClient({ baseUrl: apiBaseUrl, tokens: staticTokenSource(tokens.access_token), log: rt.ctx.log, ...rt.deps.clientOptions });
  const user = await client.getUserAccount();
  client.close();
  const name = user.ok ? user.value.username || user.value.business_name || 'Pinterest account' : 'Pinterest account';
  await rt.sessions.add({
    method: 'oauth',
    accountName: name,
    apiBaseUrl,
    secret: secretFromTokenResponse(tokens, rt.clock()),
    identity: user.ok && user.value.username ? user.value.username : `unknown-${randomBytes(6).toString('hex')}`,
    persist: true,
  });
}

/**
 * Starts "Sign in with Pinterest": loopback listener, consent URL opened in the system browser
 * (when the shell can), completion in the background followed by 'auth:changed'.
 */
export async function startOAuth(rt: AuthRuntime): Promise<Result<{ authorizeUrl: string; openedExternally: boolean }>> {
  const clientId = rt.settings.clientId();
  if (!clientId || !rt.settings.oauthConfigured()) {
    return err(appError('validation', "Sign-in with Pinterest needs your Pinterest app's client id and secret (or your organisation's token exchange URL) in Settings."));
  }
  rt.pendingOAuth?.cancel();
  const pending = await startOAuthFlow({
    authorizeBaseUrl: rt.deps.config.oauthAuthorizeUrl,
    clientId,
    exchange: (code, redirectUri) => rt.oauthApi.exchangeCode(code, redirectUri),
    timeoutMs: rt.deps.oauthTimeoutMs,
  });
  rt.pendingOAuth = pending;
  rt.lastError = undefined;
  void pending.done.then(async (result) => {
    if (rt.pendingOAuth !== pending) return; // replaced by a newer attempt
    rt.pendingOAuth = undefined;
    if (result.ok) await completeOAuth(rt, result.value).catch(() => (rt.lastError = appError('internal', 'The sign-in could not be saved.')));
    else if (result.error.kind !== 'cancelled' || /timed out/.test(result.error.message)) rt.lastError = result.error;
    rt.ctx.log.info('oauth finished', { ok: result.ok, kind: result.ok ? undefined : result.error.kind });
    rt.changed();
  });
  let openedExternally = false;
  if (rt.deps.openExternal) {
    try {
      await rt.deps.openExternal(pending.authorizeUrl);
      openedExternally = true;
    } catch {
      rt.ctx.log.warn('could not open the system browser');
    }
  }
  rt.changed();
  return ok({ authorizeUrl: pending.authorizeUrl, openedExternally });
}

/** Cancels a pending "Sign in with Pinterest". */
export function cancelOAuth(rt: AuthRuntime): AuthStatus {
  const pending = rt.pendingOAuth;
  rt.pendingOAuth = undefined;
  pending?.cancel();
  return rt.changed();
}
