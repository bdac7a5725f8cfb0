import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { authService } from '../../../electron/app/services/auth-service';
import { accountsService } from '../../../electron/app/services/accounts-service';
import { connectionSecretSchema } from '../../../electron/app/session/connection-index';
import { approveInBrowser, canaryHits, requestsTo, tempDataDir, testEncryptor, validEvent } from '../pinterest/sandbox-fixtures';
import type { Harness } from './auth-harness';
import { authHarness } from './auth-harness';

// "Sign in with Pinterest" end to end against the sandbox's authorize and token endpoints:
// loopback listener, state check, code exchange, refresh ahead of expiry and after a 401 (one
// refresh for concurrent requests), rotation persisted, revoke on sign-out, canary scan.
let sandbox: Sandbox;
let now: number;
let dataDir: string;
let h: Harness;
const encryptor = testEncryptor();
const secure = { backend: 'gnome_libsecret', secure: true };

beforeEach(async () => {
  now = Date.now();
  sandbox = await startSandbox({ clock: () => now, adAccounts: 4 });
  dataDir = tempDataDir();
  h = await authHarness(sandbox, dataDir, { encryptor, secureBackend: secure, clock: () => now });
});
afterEach(async () => {
  await h.rt.close();
  await sandbox.close();
});

async function signIn(): Promise<void> {
  const done = h.nextChange((s) => !s.oauthPending);
  const started = await authService(h.ctx, { auth: h.rt })['auth:oauth-start']({});
  if (!started.ok) throw new Error(started.error.message);
  await approveInBrowser(started.value.authorizeUrl);
  const status = await done;
  if (!status.signedIn) throw new Error(`sign-in failed: ${status.lastError?.message}`);
}

function savedSecret() {
  const id = h.rt.sessions.active()!.id;
  const file = readFileSync(join(dataDir, 'secrets', `conn-${id}.bin`));
  return { file, decrypt: async () => connectionSecretSchema.parse(JSON.parse((await encryptor.decrypt(file.subarray(4))).text)) };
}

describe('OAuth round trip', () => {
  it('builds the consent URL, accepts one callback with the right state, exchanges the code once', async () => {
    let opened = '';
    await h.rt.close();
    h = await authHarness(sandbox, dataDir, { encryptor, secureBackend: secure, clock: () => now, openExternal: async (url) => void (opened = url) });
    const done = h.nextChange((s) => !s.oauthPending);
    const started = await authService(h.ctx, { auth: h.rt })['auth:oauth-start']({});
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.value.openedExternally).toBe(true);
    expect(opened).toBe(started.value.authorizeUrl);
    const url = new URL(started.value.authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(sandbox.authorizeUrl);
    expect(url.searchParams.get('client_id')).toBe(sandbox.oauthClient.clientId);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('scope')).toBe('ads:read,ads:write,user_accounts:read');
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const redirect = new URL(url.searchParams.get('redirect_uri')!);
    expect(redirect.hostname).toBe('127.0.0.1');
    expect(redirect.pathname).toBe('/callback');

    const page = await approveInBrowser(started.value.authorizeUrl);
    expect(page.status).toBe(200);
    expect(page.body).toContain('You can close this tab');
    expect(page.body).not.toMatch(/<script/i);
    const status = await done;
    expect(status).toMatchObject({ signedIn: true, method: 'oauth', accountName: 'sandbox_marketer' });
    expect(status.connections[0]).toMatchObject({ method: 'oauth', persistent: true });
    expect(requestsTo(sandbox, '/v5/oauth/token')).toBe(1);
    // The listener accepted exactly one callback and is gone.
    await expect(fetch(`${redirect.origin}/callback?code=x&state=${url.searchParams.get('state')}`)).rejects.toThrow();
    // The renderer's status never carries a token.
    const secret = await savedSecret().decrypt();
    expect(JSON.stringify(h.changes)).not.toContain(secret.accessToken);
    expect(secret.refreshToken).toMatch(/^pinr_/);
  });

  const refusals: [string, (u: URL) => URL][] = [
    ['a wrong state', (u) => (u.searchParams.set('state', 'A'.repeat(43)), u)],
    ['a missing state', (u) => (u.searchParams.delete('state'), u)],
    ['an error from Pinterest', (u) => (u.searchParams.delete('code'), u.searchParams.set('error', 'access_denied'), u)],
  ];
  it.each(refusals)('%s is refused with zero token calls', async (_name, tamper) => {
    const done = h.nextChange((s) => !s.oauthPending);
    const started = await authService(h.ctx, { auth: h.rt })['auth:oauth-start']({});
    if (!started.ok) throw new Error(started.error.message);
    const page = await approveInBrowser(started.value.authorizeUrl, tamper);
    expect(page.status).toBe(400);
    expect(page.body).not.toContain('access_denied');
    const status = await done;
    expect(status.signedIn).toBe(false);
    expect(status.lastError?.kind).toBe('auth');
    expect(requestsTo(sandbox, '/v5/oauth/token')).toBe(0);
  });

  it('cancel closes the listener and forgets the attempt', async () => {
    const started = await authService(h.ctx, { auth: h.rt })['auth:oauth-start']({});
    if (!started.ok) throw new Error(started.error.message);
    const cancelled = await authService(h.ctx, { auth: h.rt })['auth:oauth-cancel']({});
    expect(cancelled.ok && cancelled.value.oauthPending).toBeFalsy();
    await expect(approveInBrowser(started.value.authorizeUrl)).rejects.toThrow();
    expect(requestsTo(sandbox, '/v5/oauth/token')).toBe(0);
  });

  it('without a client id OAuth is not offered and start says what to set', async () => {
    await h.rt.close();
    h = await authHarness(sandbox, tempDataDir(), { config: { apiBaseUrl: sandbox.baseUrl, oauthAuthorizeUrl: sandbox.authorizeUrl } });
    expect(h.rt.status().oauthConfigured).toBe(false);
    const started = await authService(h.ctx, { auth: h.rt })['auth:oauth-start']({});
    expect(started).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });
});

describe('refresh', () => {
  it('refreshes ahead of expiry and persists the rotated refresh token before using the new access token', async () => {
    await signIn();
    const before = await savedSecret().decrypt();
    now = before.expiresAt! - 4 * 60 * 1000; // inside the 5-minute window
    const listed = await accountsService(h.ctx, { auth: h.rt })['accounts:list']({});
    expect(listed.ok).toBe(true);
    expect(requestsTo(sandbox, '/v5/oauth/token')).toBe(2); // code exchange + one refresh
    const after = await savedSecret().decrypt();
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.expiresAt).toBeGreaterThan(before.expiresAt!);
    // The request after the refresh used the persisted (new) token.
    expect(sandbox.tokens.get(after.accessToken)).toBeDefined();
    // A restart reads the rotated secret and works without signing in again.
    await h.rt.close();
    h = await authHarness(sandbox, dataDir, { encryptor, secureBackend: secure, clock: () => now });
    expect(h.rt.status()).toMatchObject({ signedIn: true, method: 'oauth' });
    expect((await accountsService(h.ctx, { auth: h.rt })['accounts:list']({})).ok).toBe(true);
  });

  it('after a 401, concurrent requests share exactly one refresh and all succeed', async () => {
    await signIn();
    const { accessToken } = await savedSecret().decrypt();
    sandbox.tokens.expire(accessToken);
    const handle = await h.rt.sessions.activeClient();
    if (!handle.ok) throw new Error(handle.error.message);
    const results = await Promise.all([1, 2, 3, 4].map(() => handle.value.client.listAdAccounts()));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(requestsTo(sandbox, '/v5/oauth/token')).toBe(2);
    const unauthorized = sandbox.received.requests.filter((r) => r.path === '/v5/ad_accounts' && r.status === 401);
    expect(unauthorized.length).toBeGreaterThanOrEqual(1);
  });

  it('REL-10: a scripted 401 mid-run with 4 concurrent senders → one refresh, every batch answered', async () => {
    await signIn();
    const handle = await h.rt.sessions.activeClient();
    if (!handle.ok) throw new Error(handle.error.message);
    const account = sandbox.adAccountIds[0]!;
    sandbox.faults.add({ afterCalls: 2, respond: { status: 401 }, times: 1 });
    const send = (i: number) => handle.value.client.sendEvents(account, [validEvent(`rel10-${i}`, now)], { test: false });
    const first = await Promise.all([0, 1].map(send));
    const rest = await Promise.all([2, 3, 4, 5].map(send));
    expect([...first, ...rest].every((o) => o.kind === 'verdicts')).toBe(true);
    expect(requestsTo(sandbox, '/v5/oauth/token')).toBe(2); // exchange + exactly one refresh
    expect([...sandbox.received.eventIdCounts(account).values()].every((n) => n === 1)).toBe(true);
    expect(sandbox.received.eventIdCounts(account).size).toBe(6);
  });

  it('a refused refresh marks the connection "sign in again" instead of failing forever', async () => {
    await signIn();
    const { accessToken, refreshToken } = await savedSecret().decrypt();
    sandbox.tokens.expire(accessToken);
    sandbox.faults.add({ path: '/v5/oauth/token', respond: { status: 400, body: { code: 1, message: 'Invalid refresh token' } } });
    const handle = await h.rt.sessions.activeClient();
    if (!handle.ok) throw new Error(handle.error.message);
    const listed = await handle.value.client.listAdAccounts();
    expect(listed).toMatchObject({ ok: false, error: { kind: 'auth' } });
    await new Promise((r) => setImmediate(r));
    expect(h.rt.status().connections[0]?.needsSignIn).toBe(true);
    expect(h.rt.status().signedIn).toBe(false);
    expect(refreshToken).toBeDefined();
  });
});

describe('sign-out', () => {
  it('revokes both tokens, deletes the secret and leaves no token on disk', async () => {
    await signIn();
    const { file } = savedSecret();
    const secret = await savedSecret().decrypt();
    const id = h.rt.sessions.active()!.id;
    const out = await authService(h.ctx, { auth: h.rt })['auth:sign-out']({});
    expect(out.ok && out.value.signedIn).toBe(false);
    expect(requestsTo(sandbox, '/v5/oauth/token/revoke')).toBe(2);
    expect(sandbox.tokens.state(secret.accessToken)).toBe('revoked');
    expect(existsSync(join(dataDir, 'secrets', `conn-${id}.bin`))).toBe(false);
    expect(file.includes(Buffer.from(secret.accessToken))).toBe(false);
    expect(canaryHits(dataDir, [secret.accessToken, secret.refreshToken!, sandbox.oauthClient.clientSecret])).toEqual([]);
  });

  it('a failing revoke is logged, not fatal', async () => {
    await signIn();
    sandbox.faults.add({ path: '/v5/oauth/token/revoke', respond: { status: 503 } });
    const out = await authService(h.ctx, { auth: h.rt })['auth:sign-out']({});
    expect(out.ok && out.value.connections).toEqual([]);
  });
});

describe('organisation token-exchange URL (secret kept on a server)', () => {
  it('posts the code and redirect_uri to the broker, never holding the secret', async () => {
    const { createServer } = await import('node:http');
    const seen: { auth?: string; form: Record<string, string> }[] = [];
    const broker = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', async () => {
        seen.push({ auth: req.headers.authorization, form: Object.fromEntries(new URLSearchParams(body)) });
        const basic = Buffer.from(`${sandbox.oauthClient.clientId}:${sandbox.oauthClient.clientSecret}`).toString('base64');
        const upstream = await fetch(`${sandbox.baseUrl}/oauth/token`, {
          method: 'POST',
          headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
          body,
        });
        res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
      });
    });
    await new Promise<void>((r) => broker.listen(0, '127.0.0.1', r));
    const port = (broker.address() as { port: number }).port;
    await h.rt.close();
    h = await authHarness(sandbox, tempDataDir(), {
      config: {
        apiBaseUrl: sandbox.baseUrl,
        oauthAuthorizeUrl: sandbox.authorizeUrl,
        oauthClientId: sandbox.oauthClient.clientId,
        tokenExchangeUrl: `http://127.0.0.1:${port}/exchange`,
      },
    });
    expect(h.rt.status().oauthConfigured).toBe(true);
    await signIn();
    broker.close();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.auth).toBeUndefined();
    expect(seen[0]!.form).toMatchObject({ grant_type: 'authorization_code', client_id: sandbox.oauthClient.clientId });
    expect(seen[0]!.form.redirect_uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(h.rt.status()).toMatchObject({ signedIn: true, method: 'oauth' });
  });
});
