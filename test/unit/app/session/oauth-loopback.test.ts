import { describe, expect, it } from 'vitest';
import { judgeCallback, startLoopback } from '../../../../electron/app/session/oauth-loopback';
import { buildAuthorizeUrl, newState } from '../../../../electron/app/session/oauth-flow';

describe('judgeCallback', () => {
  const state = newState();
  it('accepts code + exact state', () => {
    expect(judgeCallback(new URLSearchParams({ code: 'c1', state }), state)).toEqual({ ok: true, value: { code: 'c1' } });
  });
  it.each([
    ['wrong state', { code: 'c', state: `${state.slice(0, -1)}x` }],
    ['missing state', { code: 'c' }],
    ['empty state', { code: 'c', state: '' }],
    ['longer state', { code: 'c', state: `${state}x` }],
    ['error', { error: 'access_denied', state }],
    ['no code', { state }],
  ])('refuses %s', (_name, params) => {
    expect(judgeCallback(new URLSearchParams(params as Record<string, string>), state).ok).toBe(false);
  });
});

describe('state and URL', () => {
  it('state is 32 random bytes, base64url, never repeated', () => {
    const states = new Set(Array.from({ length: 200 }, newState));
    expect(states.size).toBe(200);
    for (const s of states) expect(Buffer.from(s, 'base64url')).toHaveLength(32);
  });
  it('the authorize URL carries exactly the OAuth parameters', () => {
    const url = new URL(buildAuthorizeUrl('https://www.pinterest.com/oauth/', { clientId: '15', redirectUri: 'http://127.0.0.1:5/callback', state: 's' }));
    expect(url.origin + url.pathname).toBe('https://www.pinterest.com/oauth/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: '15', redirect_uri: 'http://127.0.0.1:5/callback', response_type: 'code', scope: 'ads:read,ads:write,user_accounts:read', state: 's',
    });
  });
});

describe('loopback listener', () => {
  it('binds 127.0.0.1, ignores other paths, serves a static page for the one callback, then closes', async () => {
    const loopback = await startLoopback({ expectedState: 'st', timeoutMs: 10_000 });
    const redirect = new URL(loopback.redirectUri);
    expect(redirect.hostname).toBe('127.0.0.1');
    expect((await fetch(`${redirect.origin}/favicon.ico`)).status).toBe(404);
    const page = await fetch(`${loopback.redirectUri}?code=abc&state=st&evil=%3Cscript%3E`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).not.toContain('abc');
    expect(html).not.toMatch(/script/i);
    expect(await loopback.result).toEqual({ ok: true, value: { code: 'abc' } });
    await expect(fetch(`${loopback.redirectUri}?code=abc&state=st`)).rejects.toThrow();
  });

  it('times out and can be cancelled', async () => {
    const slow = await startLoopback({ expectedState: 'st', timeoutMs: 50 });
    expect(await slow.result).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    const cancelled = await startLoopback({ expectedState: 'st', timeoutMs: 10_000 });
    cancelled.cancel();
    expect(await cancelled.result).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    await expect(fetch(`${cancelled.redirectUri}?code=a&state=st`)).rejects.toThrow();
  });
});
