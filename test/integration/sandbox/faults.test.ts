import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { call, nowSec, offlineEvent, postEvents, sandboxPerTest } from './sandbox-helpers';

const start = sandboxPerTest();

const batch = (id: string) => ({ data: [offlineEvent(id, nowSec())] });

function basic(s: Sandbox): string {
  return `Basic ${Buffer.from(`${s.oauthClient.clientId}:${s.oauthClient.clientSecret}`).toString('base64')}`;
}

describe('scripted faults over HTTP', () => {
  it('every 7th request 429 and every 11th 500, with Pinterest bodies; faulted ones are not recorded', async () => {
    const s = await start();
    s.faults.add({ every: 7, respond: { status: 429 } });
    s.faults.add({ every: 11, respond: { status: 500 } });
    const statuses: number[] = [];
    for (let i = 1; i <= 22; i++) statuses.push((await postEvents(s, batch(`e${i}`))).status);
    expect(statuses.map((st, i) => [i + 1, st]).filter(([, st]) => st !== 200)).toEqual([[7, 429], [11, 500], [14, 429], [21, 429], [22, 500]]);
    const counts = s.received.eventIdCounts(s.adAccountIds[0]!);
    expect(counts.size).toBe(17);
    expect(counts.has('e7')).toBe(false);
    expect(s.received.requests[6]).toMatchObject({ status: 429, fault: 'status-429', events: 1 });
    const again = await postEvents(s, batch('x'), {});
    expect(again.status).toBe(200);
  });

  it('uses the 429 code 8 body, an optional Retry-After, and the 503 code 4197 body', async () => {
    const s = await start();
    s.faults.add({ nth: 1, respond: { status: 429, headers: { 'retry-after': '2' } } });
    s.faults.add({ nth: 2, respond: { status: 503 } });
    const limited = await postEvents(s, batch('a'));
    expect(limited).toMatchObject({ status: 429, body: { code: 8 } });
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.headers.get('x-pinterest-rid')).toBeTruthy();
    expect(await postEvents(s, batch('b'))).toMatchObject({
      status: 503,
      body: { code: 4197, message: 'The endpoint has been ramped down and is currently not accepting any traffic.' },
    });
  });

  it('reset: the client sees a connection error; recorded only with process: true', async () => {
    const s = await start();
    s.faults.add({ nth: 1, action: 'reset' });
    await expect(postEvents(s, batch('lost'))).rejects.toThrow();
    s.faults.clear();
    s.faults.add({ nth: 1, action: 'reset', process: true });
    await expect(postEvents(s, batch('kept'))).rejects.toThrow();
    expect([...s.received.eventIdCounts(s.adAccountIds[0]!).keys()]).toEqual(['kept']);
    expect(s.received.requests.map((r) => [r.status, r.fault])).toEqual([[0, 'reset'], [0, 'reset']]);
    expect((await postEvents(s, batch('after'))).status).toBe(200);
  });

  it('hang past the client timeout: recorded only when the rule processes it', async () => {
    const s = await start();
    s.faults.add({ nth: 1, action: 'hang', process: true });
    s.faults.add({ nth: 2, action: 'hang' });
    await expect(postEvents(s, batch('answered-lost'), { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    await expect(postEvents(s, batch('never'), { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect([...s.received.eventIdCounts(s.adAccountIds[0]!).keys()]).toEqual(['answered-lost']);
  });

  it('a slow answer the client waits for is processed and answered normally', async () => {
    const s = await start();
    s.faults.add({ nth: 1, delayMs: 150 });
    const answer = await postEvents(s, batch('slow'));
    expect(answer.status).toBe(200);
    expect(s.received.eventIdCounts(s.adAccountIds[0]!).get('slow')).toBe(1);
  });

  it('a slow answer the client gave up on is not recorded unless process: true', async () => {
    const s = await start();
    s.faults.add({ nth: 1, delayMs: 600 });
    s.faults.add({ nth: 2, delayMs: 600, process: true });
    await expect(postEvents(s, batch('gave-up'), { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await expect(postEvents(s, batch('recorded'), { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect([...s.received.eventIdCounts(s.adAccountIds[0]!).keys()]).toEqual(['recorded']);
  });

  it('truncate gives unparsable JSON; cut breaks the body; wrong-length drops one verdict', async () => {
    const s = await start();
    s.faults.add({ nth: 1, action: 'truncate', process: true });
    s.faults.add({ nth: 2, action: 'cut' });
    s.faults.add({ nth: 3, action: 'wrong-length' });
    const truncated = await postEvents(s, batch('t'));
    expect(truncated.status).toBe(200);
    expect(() => JSON.parse(truncated.text)).toThrow();
    await expect(postEvents(s, batch('c'))).rejects.toThrow();
    const wrong = await postEvents(s, { data: [offlineEvent('w1', nowSec()), offlineEvent('w2', nowSec())] });
    expect(wrong.body).toMatchObject({ num_events_received: 2, events: [{ status: 'processed' }] });
    expect((wrong.body as { events: unknown[] }).events).toHaveLength(1);
    expect([...s.received.eventIdCounts(s.adAccountIds[0]!).keys()]).toEqual(['t']);
  });

  it('401 after N calls expires the OAuth token used; a refresh yields a new valid one', async () => {
    const s = await start();
    const redirectUri = 'http://127.0.0.1:5555/callback';
    const authorize = await call(`${s.authorizeUrl}?client_id=${s.oauthClient.clientId}&redirect_uri=${encodeURIComponent(redirectUri)}&response_type=code&scope=ads:read,ads:write&state=s1`);
    const code = new URL(authorize.headers.get('location')!).searchParams.get('code')!;
    const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { authorization: basic(s), 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
    const tokens = (await call(`${s.baseUrl}/oauth/token`, form({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }))).body as { access_token: string; refresh_token: string };
    s.faults.add({ afterCalls: 2, respond: { status: 401 }, times: 1 });
    const first = [];
    for (let i = 0; i < 4; i++) first.push((await postEvents(s, batch(`o${i}`), { token: tokens.access_token })).status);
    expect(first).toEqual([200, 200, 401, 401]);
    const refreshed = (await call(`${s.baseUrl}/oauth/token`, form({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }))).body as { access_token: string };
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect((await postEvents(s, batch('o9'), { token: refreshed.access_token })).status).toBe(200);
  });

  it('rules can target other paths, e.g. the token endpoint', async () => {
    const s = await start();
    s.faults.add({ path: '/v5/ad_accounts', respond: { status: 500 }, times: 1 });
    s.tokens.add({ token: 'oauth', kind: 'oauth' });
    const headers = { authorization: 'Bearer oauth' };
    expect(await call(`${s.baseUrl}/ad_accounts`, { headers })).toMatchObject({ status: 500, body: { code: 12 } });
    expect((await call(`${s.baseUrl}/ad_accounts`, { headers })).status).toBe(200);
    expect((await postEvents(s, batch('unaffected'))).status).toBe(200);
  });

  it('onFire runs after processing and before the answer (e.g. to kill a client mid-request)', async () => {
    const s = await start();
    const seen: unknown[] = [];
    s.faults.add({
      nth: 2,
      process: true,
      action: 'reset',
      onFire: (request) => {
        seen.push({ ...request, recorded: s.received.eventIdCounts(s.adAccountIds[0]!).has('second') });
      },
    });
    await postEvents(s, batch('first'));
    await expect(postEvents(s, batch('second'))).rejects.toThrow();
    expect(seen).toEqual([
      { method: 'POST', path: `/v5/ad_accounts/${s.adAccountIds[0]}/events`, rid: expect.any(String), test: false, adAccountId: s.adAccountIds[0], events: 1, recorded: true },
    ]);
  });

  it('close() ends hanging connections', async () => {
    const s = await start();
    s.faults.add({ action: 'hang' });
    const pending = postEvents(s, batch('h'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await s.close();
    await expect(pending).rejects.toThrow();
  });
});
