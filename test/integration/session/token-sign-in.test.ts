import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { authService } from '../../../electron/app/services/auth-service';
import { addConversionToken, canaryHits, tempDataDir } from '../pinterest/sandbox-fixtures';
import type { Harness } from './auth-harness';
import { authHarness } from './auth-harness';

// Signing in with a pasted conversion token: ONE ?test=true request decides, and each failure
// is explained in the marketer's terms. Nothing is recorded by the sandbox (test mode).
let sandbox: Sandbox;
let h: Harness;
let dataDir: string;
const api = () => authService(h.ctx, { auth: h.rt });

beforeAll(async () => {
  sandbox = await startSandbox({ adAccounts: 3, testRatePerSecond: 1000 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  sandbox.received.clear();
  dataDir = tempDataDir();
  h = await authHarness(sandbox, dataDir);
});
afterEach(() => h.rt.close());

const eventsRequests = () => sandbox.received.requests.filter((r) => /\/events$/.test(r.path));

describe('conversion token sign-in', () => {
  it('accepts a good token after exactly one test request, nothing recorded', async () => {
    const account = sandbox.adAccountIds[0]!;
    const result = await api()['auth:sign-in-token']({ token: `  ${sandbox.conversionToken}\n`, adAccountId: account });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ signedIn: true, method: 'token' });
    expect(result.value.connections[0]).toMatchObject({ method: 'token', adAccountId: account });
    expect(result.value.notice).toBeUndefined();
    expect(eventsRequests()).toHaveLength(1);
    expect(eventsRequests()[0]).toMatchObject({ test: true, events: 1, status: 200, adAccountId: account });
    expect(sandbox.received.totalEvents()).toBe(0);
    expect(JSON.stringify(result.value)).not.toContain(sandbox.conversionToken);
    // CLI / browser bridge: memory store only, nothing persisted.
    expect(result.value.connections[0]?.persistent).toBe(false);
    expect(canaryHits(dataDir, [sandbox.conversionToken])).toEqual([]);
  });

  it('a wrong or expired token (401) is explained and not kept', async () => {
    const result = await api()['auth:sign-in-token']({ token: 'pina_not_a_real_token', adAccountId: sandbox.adAccountIds[0]! });
    expect(result).toMatchObject({ ok: false, error: { kind: 'auth', status: 401 } });
    if (!result.ok) expect(result.error.message).toMatch(/wrong or has expired/);
    expect(h.rt.status().connections).toEqual([]);
    expect(eventsRequests()).toHaveLength(1);
  });

  it('a token not allowed for the ad account (403) names the account', async () => {
    const [first, second] = sandbox.adAccountIds as [string, string];
    const token = addConversionToken(sandbox, [first]);
    const result = await api()['auth:sign-in-token']({ token, adAccountId: second });
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden', status: 403 } });
    if (!result.ok) expect(result.error.message).toContain(second);
    expect(h.rt.status().signedIn).toBe(false);
  });

  it('warns, without failing, when the token does not start with pina_', async () => {
    const token = `custom-${'x'.repeat(20)}`;
    sandbox.tokens.add({ token, kind: 'conversion' });
    const result = await api()['auth:sign-in-token']({ token, adAccountId: sandbox.adAccountIds[0]! });
    expect(result.ok && result.value.signedIn).toBe(true);
    expect(result.ok && result.value.notice).toMatch(/pina_/);
  });

  it('refuses a token with inner spaces before any request', async () => {
    const result = await api()['auth:sign-in-token']({ token: 'pina_abc def', adAccountId: sandbox.adAccountIds[0]! });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(eventsRequests()).toHaveLength(0);
  });

  it('network failure is explained', async () => {
    const gone = await startSandbox();
    await gone.close();
    await h.rt.close();
    h = await authHarness(gone, tempDataDir());
    const result = await api()['auth:sign-in-token']({ token: 'pina_whatever', adAccountId: '123' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    if (!result.ok) expect(result.error.message).toMatch(/Could not reach Pinterest/);
  });

  it('several connections: token + sandbox, switch between them, sign out one', async () => {
    const account = sandbox.adAccountIds[1]!;
    await api()['auth:sign-in-token']({ token: sandbox.conversionToken, adAccountId: account });
    const sb = await api()['auth:sign-in-sandbox']({});
    expect(sb.ok && sb.value.method).toBe('sandbox');
    const status = h.rt.status();
    expect(status.connections).toHaveLength(2);
    const tokenConnection = status.connections.find((c) => c.method === 'token')!;
    const switched = await api()['auth:switch']({ connectionId: tokenConnection.id });
    expect(switched.ok && switched.value.activeConnectionId).toBe(tokenConnection.id);
    const handle = await h.rt.sessions.activeClient();
    expect(handle.ok && handle.value.adAccountId).toBe(account);
    const out = await api()['auth:sign-out']({ connectionId: tokenConnection.id });
    expect(out.ok && out.value.connections.map((c) => c.method)).toEqual(['sandbox']);
    expect(out.ok && out.value.method).toBe('sandbox');
    expect(await api()['auth:switch']({ connectionId: 'nope' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});
