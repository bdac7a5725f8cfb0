import { describe, expect, it } from 'vitest';
import { call, getWith, manualClock, nowSec, offlineEvent, postEvents, sandboxPerTest } from './sandbox-helpers';

const start = sandboxPerTest();

describe('POST /v5/ad_accounts/{id}/events over HTTP', () => {
  it('answers 200 per event in request order and records processed live events', async () => {
    const s = await start();
    const good = offlineEvent('a', nowSec());
    const raw = offlineEvent('b', nowSec(), { user_data: { em: ['jane@example.com'] } });
    const answer = await postEvents(s, { data: [good, raw, offlineEvent('c', nowSec())] });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      num_events_received: 3,
      num_events_processed: 2,
      events: [
        { status: 'processed', error_message: '', warning_message: '' },
        { status: 'failed', error_message: expect.stringMatching(/em\[0\].*not hashed/), warning_message: '' },
        { status: 'processed', error_message: '', warning_message: '' },
      ],
    });
    expect(s.received.events(s.adAccountIds[0]!).map((e) => e.event_id)).toEqual(['a', 'c']);
    expect(s.received.events(s.adAccountIds[0]!)[0]).toEqual(good);
  });

  it("rejects an unknown custom_data key with Pinterest's exact 400 body and records nothing", async () => {
    const s = await start();
    const bad = offlineEvent('x', nowSec(), { custom_data: { value: '1', category_name: 'shoes' } });
    const answer = await postEvents(s, { data: [offlineEvent('ok', nowSec()), bad] });
    expect(answer.status).toBe(400);
    expect(answer.text).toBe('{"code":4196,"message":"Invalid request: Additional properties are not allowed (\'category_name\' was unexpected)"}');
    expect(s.received.totalEvents()).toBe(0);
  });

  it('400s a batch of 1001 and a non-JSON body', async () => {
    const s = await start();
    const many = Array.from({ length: 1001 }, (_, i) => offlineEvent(`e${i}`, nowSec()));
    const tooMany = await postEvents(s, { data: many });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ code: 4196, message: expect.stringMatching(/^Invalid request: .* is too long$/) });
    const notJson = await postEvents(s, '{"data": [');
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ code: 4196 });
    expect(s.received.requests.map((r) => [r.status, r.events])).toEqual([[400, 1001], [400, 0]]);
  });

  it('401 code 2 for a missing, unknown or expired token', async () => {
    const clock = manualClock();
    const s = await start({ clock: clock.now });
    const body = { data: [offlineEvent('a', clock.sec())] };
    const expected = { code: 2, message: 'Authentication failed.' };
    expect(await postEvents(s, body, { token: '' })).toMatchObject({ status: 401, body: expected });
    expect(await postEvents(s, body, { token: 'pina_nope' })).toMatchObject({ status: 401, body: expected });
    s.tokens.add({ token: 'short-lived', kind: 'conversion', expiresAt: clock.now() + 1000 });
    expect((await postEvents(s, body, { token: 'short-lived' })).status).toBe(200);
    clock.advance(1000);
    expect(await postEvents(s, body, { token: 'short-lived' })).toMatchObject({ status: 401, body: expected });
  });

  it('403 code 29 for an account the token may not use, an unknown account, or a role that cannot send', async () => {
    const s = await start();
    const [first, second, financeOnly] = s.adAccountIds as [string, string, string];
    s.tokens.add({ token: 'only-first', kind: 'conversion', adAccountIds: [first] });
    const body = { data: [offlineEvent('a', nowSec())] };
    const forbidden = { status: 403, body: { code: 29, message: 'You are not permitted to access that resource.' } };
    expect((await postEvents(s, body, { token: 'only-first', account: first })).status).toBe(200);
    expect(await postEvents(s, body, { token: 'only-first', account: second })).toMatchObject(forbidden);
    expect(await postEvents(s, body, { account: '123456789012345' })).toMatchObject(forbidden);
    s.tokens.add({ token: 'oauth-user', kind: 'oauth', scopes: ['ads:read', 'ads:write'] });
    expect(await postEvents(s, body, { token: 'oauth-user', account: financeOnly })).toMatchObject(forbidden);
    expect((await postEvents(s, body, { account: financeOnly })).status).toBe(200);
  });

  it('an OAuth token needs ads:write; a conversion token is valid only for events', async () => {
    const s = await start();
    s.tokens.add({ token: 'read-only', kind: 'oauth', scopes: ['ads:read'] });
    const events = await postEvents(s, { data: [offlineEvent('a', nowSec())] }, { token: 'read-only' });
    expect(events).toMatchObject({ status: 401, body: { code: 3 } });
    expect((await getWith(s, '/ad_accounts', 'read-only')).status).toBe(200);
    expect(await getWith(s, '/ad_accounts', s.conversionToken)).toMatchObject({ status: 401, body: { code: 3 } });
    expect(await getWith(s, '/user_account', s.conversionToken)).toMatchObject({ status: 401 });
  });

  it('400 for a malformed path id', async () => {
    const s = await start();
    const answer = await postEvents(s, { data: [offlineEvent('a', nowSec())] }, { account: '12ab' });
    expect(answer).toMatchObject({ status: 400, body: { code: 4196, message: "Invalid request: '12ab' does not match '^\\\\d+$'" } });
    const empty = await postEvents(s, { data: [offlineEvent('a', nowSec())] }, { account: '' });
    expect(empty).toMatchObject({ status: 400, body: { code: 4196, message: "Invalid request: '' does not match '^\\\\d+$'" } });
    expect(s.received.requests.map((r) => r.status)).toEqual([400, 400]);
  });

  it('test mode validates and answers like live but records nothing', async () => {
    const s = await start();
    const body = { data: [offlineEvent('t1', nowSec()), offlineEvent('t2', nowSec(), { event_time: nowSec() + 3600 })] };
    const test = await postEvents(s, body, { test: true });
    const live = await postEvents(s, body);
    expect(test.status).toBe(200);
    expect(test.body).toEqual(live.body);
    expect(s.received.events(s.adAccountIds[0]!).map((e) => e.event_id)).toEqual(['t1']);
    expect(s.received.requests.map((r) => r.test)).toEqual([true, false]);
  });

  it('rate-limits live calls per ad account per minute with code 8, and test calls per second', async () => {
    const clock = manualClock();
    const s = await start({ clock: clock.now, rateLimitPerMinute: 3, testRatePerSecond: 2 });
    const body = () => ({ data: [offlineEvent(`e${Math.random()}`, clock.sec())] });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await postEvents(s, body())).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await postEvents(s, body());
    expect(limited.text).toBe(JSON.stringify({ code: 8, message: 'This request exceeded a rate limit. This can happen if the client exceeds one\nof the published rate limits within a short time window.' }));
    expect((await postEvents(s, body(), { account: s.adAccountIds[1] })).status).toBe(200);
    const tests = [];
    for (let i = 0; i < 3; i++) tests.push((await postEvents(s, body(), { test: true })).status);
    expect(tests).toEqual([200, 200, 429]);
    clock.advance(60_000);
    expect((await postEvents(s, body())).status).toBe(200);
    expect((await postEvents(s, body(), { test: true })).status).toBe(200);
    expect(s.received.events(s.adAccountIds[0]!)).toHaveLength(4);
  });

  it('answers 422 code 953 with the per-event details when configured and some failed', async () => {
    const s = await start({ partialFailureStatus: 422, maxEventAgeDays: 7 });
    const old = offlineEvent('old', nowSec(), { event_time: nowSec() - 8 * 86_400 });
    const answer = await postEvents(s, { data: [offlineEvent('ok', nowSec()), old] });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      code: 953,
      details: { num_events_received: 2, num_events_processed: 1, events: [{ status: 'processed' }, { status: 'failed', error_message: expect.stringContaining('in the past') }] },
    });
    expect(s.received.eventIdCounts(s.adAccountIds[0]!)).toEqual(new Map([['ok', 1]]));
  });

  it('sends a unique x-pinterest-rid on every answer, errors and 404s included', async () => {
    const s = await start();
    const answers = [
      await postEvents(s, { data: [offlineEvent('a', nowSec())] }),
      await postEvents(s, {}, { token: 'bad' }),
      await call(`${s.origin}/v5/nothing/here`),
      await call(`${s.origin}/v5/ad_accounts/1/events`),
    ];
    const rids = answers.map((a) => a.headers.get('x-pinterest-rid'));
    for (const rid of rids) expect(rid).toMatch(/^\d{10,}$/);
    expect(new Set(rids).size).toBe(rids.length);
    expect(answers[2]).toMatchObject({ status: 404, body: { code: expect.any(Number), message: expect.any(String) } });
    expect(answers[3]!.status).toBe(405);
    expect(s.received.requests.map((r) => r.rid)).toEqual(rids);
  });

  it('counts duplicates of an event_id across requests', async () => {
    const s = await start();
    await postEvents(s, { data: [offlineEvent('dup', nowSec()), offlineEvent('one', nowSec())] });
    await postEvents(s, { data: [offlineEvent('dup', nowSec())] });
    expect(s.received.eventIdCounts(s.adAccountIds[0]!)).toEqual(new Map([['dup', 2], ['one', 1]]));
  });

  it('GET /_sandbox/stats counts answers and live events per account without logging itself', async () => {
    const s = await start();
    await postEvents(s, { data: [offlineEvent('a', nowSec()), offlineEvent('b', nowSec())] });
    await postEvents(s, { data: [offlineEvent('a', nowSec())] });
    await postEvents(s, { data: [offlineEvent('t', nowSec())] }, { test: true });
    await postEvents(s, {}, { token: 'bad' });
    const stats = await call(`${s.origin}/_sandbox/stats`);
    expect(stats.body).toEqual({
      requests: 4,
      statuses: { '200': 3, '401': 1 },
      testRequests: 1,
      liveEvents: 3,
      accounts: { [s.adAccountIds[0]!]: { events: 3, distinctEventIds: 2, duplicatedEventIds: 1 } },
    });
    expect(s.received.requests).toHaveLength(4);
  });

  it('listens on 127.0.0.1 only', async () => {
    const s = await start();
    expect(new URL(s.origin).hostname).toBe('127.0.0.1');
    expect(s.baseUrl).toBe(`${s.origin}/v5`);
  });
});
