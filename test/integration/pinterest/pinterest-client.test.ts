import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import type { PinterestClient } from '../../../electron/app/pinterest/pinterest-client';
import { createPinterestClient } from '../../../electron/app/pinterest/pinterest-client';
import { staticTokenSource } from '../../../electron/app/pinterest/token-source';
import type { LogFields } from '../../../electron/core/ports';
import { addConversionToken, addOauthToken, validEvent } from './sandbox-fixtures';

// The client against the real sandbox on 127.0.0.1: verdicts, the REL-06 error table, malformed
// answers, timeouts, cancellation, and paging through 600 ad accounts.
let sandbox: Sandbox;
let client: PinterestClient;
const logLines: { message: string; fields?: LogFields }[] = [];
const log = {
  debug: (message: string, fields?: LogFields) => void logLines.push({ message, fields }),
  info: (message: string, fields?: LogFields) => void logLines.push({ message, fields }),
  warn: (message: string, fields?: LogFields) => void logLines.push({ message, fields }),
  error: (message: string, fields?: LogFields) => void logLines.push({ message, fields }),
};

beforeAll(async () => {
  sandbox = await startSandbox({ adAccounts: 600, testRatePerSecond: 1000 });
  // Generous timeout for ordinary calls (a loaded CI machine is slow); the hang case uses its own short one.
  client = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource(sandbox.conversionToken), timeoutMs: 10_000, log });
});
afterAll(async () => {
  client.close();
  await sandbox.close();
});
beforeEach(() => sandbox.faults.clear());

const account = () => sandbox.adAccountIds[0]!;

describe('sendEvents', () => {
  it('returns per-event verdicts in order with the request id', async () => {
    const stale = { ...validEvent('old-1'), event_time: Math.floor(Date.now() / 1000) - 40 * 86_400 };
    const outcome = await client.sendEvents(account(), [validEvent('ok-1'), stale], { test: true });
    expect(outcome.kind).toBe('verdicts');
    if (outcome.kind !== 'verdicts') return;
    expect(outcome.httpStatus).toBe(200);
    expect(outcome.events.map((e) => e.status)).toEqual(['processed', 'failed']);
    expect(outcome.events[0]).toEqual({ status: 'processed', error_message: '', warning_message: '' });
    expect(outcome.events[1]!.error_message).not.toBe('');
    expect(outcome.requestId).toMatch(/\S/);
    expect(sandbox.received.requests.at(-1)).toMatchObject({ test: true, events: 2 });
  });

  it('sends a body the caller already serialized exactly as given', async () => {
    const events = [validEvent('pre-1'), validEvent('pre-2')];
    const outcome = await client.sendEvents(account(), events, { test: false, jsonBody: JSON.stringify({ data: events }) });
    expect(outcome.kind === 'verdicts' && outcome.processed).toBe(2);
    const ids = sandbox.received.events(account()).map((e) => (e as { event_id: string }).event_id);
    expect(ids).toEqual(expect.arrayContaining(['pre-1', 'pre-2']));
  });

  it('never logs the token, only method, path, status and counts', async () => {
    await client.sendEvents(account(), [validEvent('log-1')], { test: true });
    const dump = JSON.stringify(logLines);
    expect(dump).not.toContain(sandbox.conversionToken);
    expect(dump).not.toContain('test=true');
    expect(logLines.at(-1)).toMatchObject({ fields: { method: 'POST', status: 200, events: 1 } });
  });

  it('401 for a wrong token → auth, not ambiguous', async () => {
    const wrong = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource('pina_wrong') });
    const outcome = await wrong.sendEvents(account(), [validEvent('a')], { test: true });
    wrong.close();
    expect(outcome).toMatchObject({ kind: 'error', ambiguous: false, error: { kind: 'auth', status: 401, code: 2 } });
  });

  it('403 for an account the token may not use → forbidden naming the account', async () => {
    const limited = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource(addConversionToken(sandbox, [account()])) });
    const other = sandbox.adAccountIds[1]!;
    const outcome = await limited.sendEvents(other, [validEvent('b')], { test: true });
    limited.close();
    expect(outcome).toMatchObject({ kind: 'error', ambiguous: false, error: { kind: 'forbidden', status: 403, code: 29 } });
    if (outcome.kind === 'error') expect(outcome.error.message).toContain(other);
  });

  const statusTable: [string, Parameters<Sandbox['faults']['add']>[0], Record<string, unknown>][] = [
    ['503 code 4197', { respond: { status: 503 } }, { kind: 'error', ambiguous: false, error: { kind: 'unavailable', status: 503, code: 4197 } }],
    ['500', { respond: { status: 500 } }, { kind: 'error', ambiguous: false, error: { kind: 'remote', status: 500 } }],
    ['504 from a gateway', { respond: { status: 504 } }, { kind: 'error', ambiguous: true, error: { kind: 'remote', status: 504 } }],
    ['400 with its message', { respond: { status: 400, body: { code: 1, message: "Invalid request: Additional properties are not allowed ('x' was unexpected)" } } },
      { kind: 'error', ambiguous: false, error: { kind: 'remote', status: 400, code: 1 } }],
    ['429 + Retry-After seconds', { respond: { status: 429, headers: { 'retry-after': '3' } } },
      { kind: 'error', ambiguous: false, retryAfterMs: 3000, error: { kind: 'rate-limited', code: 8, retryAfterMs: 3000 } }],
    ['truncated JSON', { action: 'truncate' }, { kind: 'error', ambiguous: true, error: { kind: 'remote' } }],
    ['events.length ≠ sent', { action: 'wrong-length' }, { kind: 'error', ambiguous: true, error: { kind: 'remote' } }],
    ['TCP reset after the body', { action: 'reset' }, { kind: 'error', ambiguous: true, error: { kind: 'network' } }],
  ];
  it.each(statusTable)('%s', async (_name, rule, expected) => {
    sandbox.faults.add({ ...rule, times: 1 });
    const outcome = await client.sendEvents(account(), [validEvent('f1'), validEvent('f2')], { test: true });
    expect(outcome).toMatchObject(expected);
    if (outcome.kind === 'error' && outcome.error.status !== undefined) expect(outcome.requestId ?? outcome.error.requestId).toMatch(/\S/);
  });

  it('no answer (hang) → timeout: network error, ambiguous', async () => {
    sandbox.faults.add({ action: 'hang', times: 1 });
    const impatient = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource(sandbox.conversionToken), timeoutMs: 300 });
    const outcome = await impatient.sendEvents(account(), [validEvent('h')], { test: true });
    impatient.close();
    expect(outcome).toMatchObject({ kind: 'error', ambiguous: true, error: { kind: 'network' } });
    if (outcome.kind === 'error') expect(outcome.error.message).toMatch(/did not answer within/);
  });

  it('reads a 429 Retry-After given as an HTTP-date', async () => {
    const at = new Date(Date.now() + 5_000).toUTCString();
    sandbox.faults.add({ respond: { status: 429, headers: { 'retry-after': at } }, times: 1 });
    const outcome = await client.sendEvents(account(), [validEvent('d')], { test: true });
    expect(outcome.kind).toBe('error');
    if (outcome.kind === 'error') {
      expect(outcome.retryAfterMs).toBeGreaterThan(0);
      expect(outcome.retryAfterMs).toBeLessThanOrEqual(5_000);
    }
  });

  it('reads verdicts from a 422 DetailedError', async () => {
    const strict = await startSandbox({ partialFailureStatus: 422 });
    const c = createPinterestClient({ baseUrl: strict.baseUrl, tokens: staticTokenSource(strict.conversionToken) });
    const stale = { ...validEvent('old'), event_time: 1_678_203_524 };
    const outcome = await c.sendEvents(strict.adAccountIds[0]!, [validEvent('fine'), stale], { test: true });
    c.close();
    await strict.close();
    expect(outcome).toMatchObject({ kind: 'verdicts', httpStatus: 422, received: 2, processed: 1 });
  });

  it('cancellation via AbortSignal → cancelled, ambiguous once the body is out', async () => {
    sandbox.faults.add({ action: 'hang', times: 1 });
    const slow = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource(sandbox.conversionToken), timeoutMs: 30_000 });
    const controller = new AbortController();
    const pending = slow.sendEvents(account(), [validEvent('c')], { test: true, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const outcome = await pending;
    slow.close();
    expect(outcome).toMatchObject({ kind: 'error', ambiguous: true, error: { kind: 'cancelled' } });
  });

  it('connection refused → network, not ambiguous', async () => {
    const gone = await startSandbox();
    const url = gone.baseUrl;
    await gone.close();
    const c = createPinterestClient({ baseUrl: url, tokens: staticTokenSource('pina_x') });
    const outcome = await c.sendEvents('123', [validEvent('r')], { test: true });
    c.close();
    expect(outcome).toMatchObject({ kind: 'error', ambiguous: false, error: { kind: 'network' } });
  });
});

describe('ad accounts', () => {
  it('pages through 600 ad accounts (page_size 250) and returns all 600', async () => {
    const c = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource(addOauthToken(sandbox)) });
    const before = sandbox.received.requests.length;
    const listed = await c.listAdAccounts();
    c.close();
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.value).toHaveLength(600);
    expect(new Set(listed.value.map((a) => a.id)).size).toBe(600);
    expect(listed.value.map((a) => a.id).sort()).toEqual([...sandbox.adAccountIds].sort());
    expect(sandbox.received.requests.slice(before).filter((r) => r.path === '/v5/ad_accounts')).toHaveLength(3);
  });

  it('gets one ad account and the signed-in user', async () => {
    const c = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource(addOauthToken(sandbox)) });
    const one = await c.getAdAccount(account());
    const user = await c.getUserAccount();
    const missing = await c.getAdAccount('999999999999999');
    c.close();
    expect(one.ok && one.value.id).toBe(account());
    expect(user.ok && user.value.username).toBe('sandbox_marketer');
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not-found', status: 404 } });
  });

  it('a conversion token cannot list accounts: auth error that says why', async () => {
    const listed = await client.listAdAccounts();
    expect(listed).toMatchObject({ ok: false, error: { kind: 'auth', status: 401 } });
    if (!listed.ok) expect(listed.error.message).toContain('conversion token can only send events');
  });

  it('a surprising body is a clear remote error, not a crash', async () => {
    sandbox.faults.add({ path: '/v5/ad_accounts', respond: { status: 200, body: { items: [{ name: 'no id' }] } }, times: 1 });
    const c = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource(addOauthToken(sandbox)) });
    const listed = await c.listAdAccounts();
    c.close();
    expect(listed).toMatchObject({ ok: false, error: { kind: 'remote', status: 200 } });
    if (!listed.ok) expect(listed.error.message).toContain('items.0.id');
  });
});
