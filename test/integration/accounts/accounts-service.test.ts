import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { accountsService } from '../../../electron/app/services/accounts-service';
import { authService } from '../../../electron/app/services/auth-service';
import { channels } from '../../../electron/shared/contract';
import { tempDataDir } from '../pinterest/sandbox-fixtures';
import type { Harness } from '../session/auth-harness';
import { authHarness } from '../session/auth-harness';

// accounts:list / accounts:choose through the services, against the sandbox (the Sandbox
// sign-in starts its own in-process sandbox, as the app does).
let tokenSandbox: Sandbox;
let h: Harness;
let dataDir: string;
const accounts = () => accountsService(h.ctx, { auth: h.rt });
const auth = () => authService(h.ctx, { auth: h.rt });

beforeAll(async () => {
  tokenSandbox = await startSandbox({ adAccounts: 3, testRatePerSecond: 1000 });
});
afterAll(() => tokenSandbox.close());
beforeEach(async () => {
  dataDir = tempDataDir();
  h = await authHarness(tokenSandbox, dataDir);
});
afterEach(() => h.rt.close());

describe('accounts', () => {
  it('needs a sign-in', async () => {
    expect(await accounts()['accounts:list']({})).toMatchObject({ ok: false, error: { kind: 'auth' } });
  });

  it('sandbox sign-in lists every account with role, currency and canSend, and remembers the choice', async () => {
    const signedIn = await auth()['auth:sign-in-sandbox']({});
    expect(signedIn.ok && signedIn.value.accountName).toMatch(/^Sandbox: sandbox_marketer/);
    const listed = await accounts()['accounts:list']({});
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(channels['accounts:list'].output.safeParse(listed.value).success).toBe(true);
    expect(listed.value.canList).toBe(true);
    expect(listed.value.accounts).toHaveLength(3);
    const [owned, shared, viewOnly] = listed.value.accounts;
    expect(owned).toMatchObject({ role: 'Owner', canSend: true, country: 'US', currency: 'USD' });
    expect(shared).toMatchObject({ role: 'Admin', canSend: true });
    expect(viewOnly).toMatchObject({ role: 'Finance (view only)', canSend: false });
    expect(viewOnly?.reason).toMatch(/cannot send conversions/);
    expect(listed.value.lastChosenId).toBeUndefined();

    expect(await accounts()['accounts:choose']({ adAccountId: shared!.id })).toEqual({ ok: true, value: { adAccountId: shared!.id } });
    const again = await accounts()['accounts:list']({});
    expect(again.ok && again.value.lastChosenId).toBe(shared!.id);
  });

  it('token mode cannot list: canList false, the bound account, and a message', async () => {
    const account = tokenSandbox.adAccountIds[2]!;
    await auth()['auth:sign-in-token']({ token: tokenSandbox.conversionToken, adAccountId: account });
    const listed = await accounts()['accounts:list']({});
    expect(listed).toMatchObject({ ok: true, value: { canList: false, lastChosenId: account, accounts: [{ id: account, canSend: true }] } });
    expect(listed.ok && listed.value.message).toMatch(/conversion token can only send events/);
    expect(await accounts()['accounts:choose']({ adAccountId: '42' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('0 accounts → a clear message', async () => {
    await h.rt.close();
    const empty = await startSandbox({ adAccounts: 0 });
    h = await authHarness(empty, tempDataDir(), { startSandbox: async () => empty });
    await auth()['auth:sign-in-sandbox']({});
    const listed = await accounts()['accounts:list']({});
    expect(listed).toMatchObject({ ok: true, value: { canList: true, accounts: [] } });
    expect(listed.ok && listed.value.message).toMatch(/no ad accounts/);
    await h.rt.close();
    await empty.close();
  });
});
