import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { Answer } from './sandbox-helpers';
import { call, getWith, manualClock, offlineEvent, postEvents, sandboxPerTest } from './sandbox-helpers';

const start = sandboxPerTest();

const redirectUri = 'http://127.0.0.1:49152/oauth/callback';

function authorize(s: Sandbox, params: Record<string, string>): Promise<Answer> {
  const query = new URLSearchParams({ client_id: s.oauthClient.clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'ads:read,ads:write', state: 'st-1', ...params });
  return call(`${s.authorizeUrl}?${query.toString()}`);
}

function location(answer: Answer): URL {
  return new URL(answer.headers.get('location') ?? 'http://invalid/');
}

function tokenCall(s: Sandbox, fields: Record<string, string>, path = '/oauth/token', auth?: string): Promise<Answer> {
  const basic = auth ?? `Basic ${Buffer.from(`${s.oauthClient.clientId}:${s.oauthClient.clientSecret}`).toString('base64')}`;
  return call(`${s.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

async function signIn(s: Sandbox): Promise<Record<string, unknown> & { access_token: string; refresh_token: string }> {
  const code = location(await authorize(s, {})).searchParams.get('code')!;
  const answer = await tokenCall(s, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
  expect(answer.status).toBe(200);
  return answer.body as Record<string, unknown> & { access_token: string; refresh_token: string };
}

describe('OAuth authorize page', () => {
  it('auto-consents: 302 to the loopback redirect_uri with code and state', async () => {
    const s = await start();
    const answer = await authorize(s, {});
    expect(answer.status).toBe(302);
    const url = location(answer);
    expect(`${url.origin}${url.pathname}`).toBe(redirectUri);
    expect(url.searchParams.get('state')).toBe('st-1');
    expect(url.searchParams.get('code')).toMatch(/^\S{20,}$/);
  });

  it("accepts consumer_id (Pinterest's quickstart) and localhost redirects", async () => {
    const s = await start();
    const query = new URLSearchParams({ consumer_id: s.oauthClient.clientId, redirect_uri: 'http://localhost:8085/', response_type: 'code', scope: 'ads:read', refreshable: 'true' });
    const answer = await call(`${s.authorizeUrl}?${query.toString()}`);
    expect(answer.status).toBe(302);
    expect(location(answer).searchParams.get('code')).toBeTruthy();
  });

  it('never redirects for a bad client or a non-loopback redirect_uri', async () => {
    const s = await start();
    expect(await authorize(s, { client_id: 'nope' })).toMatchObject({ status: 400 });
    const remote = await authorize(s, { redirect_uri: 'https://evil.example/cb' });
    expect(remote.status).toBe(400);
    expect(remote.headers.get('location')).toBeNull();
  });

  it('redirects request errors with error= per RFC 6749', async () => {
    const s = await start();
    const badType = location(await authorize(s, { response_type: 'token' }));
    expect([badType.searchParams.get('error'), badType.searchParams.get('state')]).toEqual(['unsupported_response_type', 'st-1']);
    expect(location(await authorize(s, { scope: 'ads:read,telepathy' })).searchParams.get('error')).toBe('invalid_scope');
    expect(location(await authorize(s, { scope: '' })).searchParams.get('error')).toBe('invalid_scope');
  });
});

describe('POST /v5/oauth/token', () => {
  it('exchanges a code once for spec-shaped tokens that work on the API', async () => {
    const s = await start();
    const code = location(await authorize(s, {})).searchParams.get('code')!;
    const first = await tokenCall(s, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    expect(first.body).toMatchObject({
      access_token: expect.stringMatching(/^pina_/),
      refresh_token: expect.stringMatching(/^pinr_/),
      token_type: 'bearer',
      response_type: 'authorization_code',
      expires_in: 30 * 86_400,
      refresh_token_expires_in: 60 * 86_400,
      refresh_token_expires_at: expect.any(Number),
      scope: 'ads:read,ads:write',
    });
    const again = await tokenCall(s, { grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    expect(again.status).toBe(400);
    const { access_token } = first.body as { access_token: string };
    expect((await getWith(s, '/ad_accounts', access_token)).status).toBe(200);
    expect((await postEvents(s, { data: [offlineEvent('o', Math.floor(Date.now() / 1000))] }, { token: access_token })).status).toBe(200);
  });

  it('requires HTTP Basic client auth and a matching redirect_uri', async () => {
    const s = await start();
    const code = location(await authorize(s, {})).searchParams.get('code')!;
    const wrongSecret = `Basic ${Buffer.from(`${s.oauthClient.clientId}:nope`).toString('base64')}`;
    expect(await tokenCall(s, { grant_type: 'authorization_code', code, redirect_uri: redirectUri }, '/oauth/token', wrongSecret)).toMatchObject({ status: 401, body: { code: 2 } });
    expect(await tokenCall(s, { grant_type: 'authorization_code', code, redirect_uri: redirectUri }, '/oauth/token', '')).toMatchObject({ status: 401 });
    const code2 = location(await authorize(s, {})).searchParams.get('code')!;
    expect((await tokenCall(s, { grant_type: 'authorization_code', code: code2, redirect_uri: 'http://127.0.0.1:1/other' })).status).toBe(400);
    expect((await tokenCall(s, { grant_type: 'password' })).body).toMatchObject({ message: expect.stringContaining("'password' is not one of") });
  });

  it('refresh rotates: a new refresh token each time, the old one stops working', async () => {
    const s = await start();
    const signedIn = await signIn(s);
    const r1 = await tokenCall(s, { grant_type: 'refresh_token', refresh_token: signedIn.refresh_token });
    expect(r1.body).toMatchObject({ response_type: 'refresh_token', refresh_token: expect.stringMatching(/^pinr_/), refresh_token_expires_in: expect.any(Number), refresh_token_expires_at: expect.any(Number) });
    const next = r1.body as { access_token: string; refresh_token: string };
    expect(next.refresh_token).not.toBe(signedIn.refresh_token);
    expect((await tokenCall(s, { grant_type: 'refresh_token', refresh_token: signedIn.refresh_token })).status).toBe(400);
    const r2 = await tokenCall(s, { grant_type: 'refresh_token', refresh_token: next.refresh_token });
    expect(r2.status).toBe(200);
    expect((await getWith(s, '/ad_accounts', next.access_token)).status).toBe(200);
  });

  it('access tokens expire after accessTokenTtlSec; refresh tokens after refreshTokenTtlSec', async () => {
    const clock = manualClock();
    const s = await start({ clock: clock.now, oauth: { accessTokenTtlSec: 60, refreshTokenTtlSec: 3600 } });
    const signedIn = await signIn(s);
    expect(signedIn.expires_in).toBe(60);
    clock.advance(60_000);
    expect(await getWith(s, '/ad_accounts', signedIn.access_token)).toMatchObject({ status: 401, body: { code: 2 } });
    const refreshed = await tokenCall(s, { grant_type: 'refresh_token', refresh_token: signedIn.refresh_token });
    expect((await getWith(s, '/ad_accounts', (refreshed.body as { access_token: string }).access_token)).status).toBe(200);
    clock.advance(3600_000);
    expect((await tokenCall(s, { grant_type: 'refresh_token', refresh_token: (refreshed.body as { refresh_token: string }).refresh_token })).status).toBe(400);
  });

  it('revoke: 200 with an empty body, and the token is no longer accepted', async () => {
    const s = await start();
    const signedIn = await signIn(s);
    const revoked = await tokenCall(s, { token: signedIn.access_token, token_type_hint: 'access_token' }, '/oauth/token/revoke');
    expect([revoked.status, revoked.text]).toEqual([200, '']);
    expect((await getWith(s, '/ad_accounts', signedIn.access_token)).status).toBe(401);
    expect((await tokenCall(s, { token: signedIn.refresh_token }, '/oauth/token/revoke')).status).toBe(200);
    expect((await tokenCall(s, { grant_type: 'refresh_token', refresh_token: signedIn.refresh_token })).status).toBe(400);
    expect((await tokenCall(s, { token: 'x' }, '/oauth/token/revoke', 'Basic Zm9vOmJhcg==')).status).toBe(401);
  });

  it('mints a conversion token from an OAuth token with ads:write', async () => {
    const s = await start();
    const signedIn = await signIn(s);
    const answer = await call(`${s.baseUrl}/oauth/conversion_token`, { method: 'POST', headers: { authorization: `Bearer ${signedIn.access_token}` } });
    expect(answer.body).toMatchObject({ access_token: expect.stringMatching(/^pina_/), token_type: 'conversion' });
    const token = (answer.body as { access_token: string }).access_token;
    expect((await postEvents(s, { data: [offlineEvent('c', Math.floor(Date.now() / 1000))] }, { token })).status).toBe(200);
    expect((await getWith(s, '/ad_accounts', token)).status).toBe(401);
  });
});
