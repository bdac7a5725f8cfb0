import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { authService } from '../../../electron/app/services/auth-service';
import { settingsService } from '../../../electron/app/services/settings-service';
import { canaryHits, filesUnder, tempDataDir, testEncryptor } from '../pinterest/sandbox-fixtures';
import { authHarness } from './auth-harness';

// The storage policy (CRED-02), decrypt failures (CRED-01) and the canary scan of everything the
// auth area writes under the data folder.
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ adAccounts: 2, testRatePerSecond: 1000 });
});
afterAll(() => sandbox.close());

const secretFiles = (dataDir: string) => (existsSync(join(dataDir, 'secrets')) ? readdirSync(join(dataDir, 'secrets')) : []);

describe('storage policy', () => {
  it('basic_text: session only until the user opts in; opting out removes the file', async () => {
    const dataDir = tempDataDir();
    const h = await authHarness(sandbox, dataDir, { encryptor: testEncryptor(), secureBackend: { backend: 'basic_text', secure: false } });
    const api = authService(h.ctx, { auth: h.rt });
    const signed = await api['auth:sign-in-token']({ token: sandbox.conversionToken, adAccountId: sandbox.adAccountIds[0]! });
    expect(signed.ok && signed.value.storage).toEqual({ backend: 'basic_text', secure: false, insecureOptIn: false });
    expect(signed.ok && signed.value.connections[0]?.persistent).toBe(false);
    expect(secretFiles(dataDir)).toEqual([]);

    const allowed = await api['auth:allow-insecure-storage']({ allow: true });
    expect(allowed.ok && allowed.value.connections[0]?.persistent).toBe(true);
    expect(secretFiles(dataDir)).toHaveLength(1);
    expect(canaryHits(dataDir, [sandbox.conversionToken])).toEqual([]);

    const revoked = await api['auth:allow-insecure-storage']({ allow: false });
    expect(revoked.ok && revoked.value.connections[0]?.persistent).toBe(false);
    expect(secretFiles(dataDir)).toEqual([]);
    // Still signed in for this session.
    expect((await h.rt.sessions.activeClient()).ok).toBe(true);
    await h.rt.close();
  });

  it('a secure backend persists; a restart that cannot decrypt asks to sign in again (no crash, no plaintext)', async () => {
    const dataDir = tempDataDir();
    const secure = { backend: 'keychain', secure: true };
    const first = await authHarness(sandbox, dataDir, { encryptor: testEncryptor(), secureBackend: secure });
    await authService(first.ctx, { auth: first.rt })['auth:sign-in-token']({ token: sandbox.conversionToken, adAccountId: sandbox.adAccountIds[0]! });
    expect(first.rt.status().connections[0]?.persistent).toBe(true);
    await first.rt.close();

    // Another OS key (e.g. the keychain was reset): decryption fails.
    const broken = testEncryptor({ failDecrypt: () => true });
    const second = await authHarness(sandbox, dataDir, { encryptor: broken, secureBackend: secure });
    const status = second.rt.status();
    expect(status.signedIn).toBe(false);
    expect(status.connections[0]).toMatchObject({ needsSignIn: true, method: 'token' });
    expect(await second.rt.sessions.activeClient()).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(canaryHits(dataDir, [sandbox.conversionToken])).toEqual([]);
    // Signing in again replaces the broken connection.
    const again = await authService(second.ctx, { auth: second.rt })['auth:sign-in-token']({ token: sandbox.conversionToken, adAccountId: sandbox.adAccountIds[0]! });
    expect(again.ok && again.value.connections).toHaveLength(1);
    expect(again.ok && again.value.signedIn).toBe(true);
    await second.rt.close();
  });

  it('without an encryptor (CLI, browser bridge) nothing secret is ever written', async () => {
    const dataDir = tempDataDir();
    const h = await authHarness(sandbox, dataDir);
    await authService(h.ctx, { auth: h.rt })['auth:sign-in-token']({ token: sandbox.conversionToken, adAccountId: sandbox.adAccountIds[1]! });
    await settingsService(h.ctx, { auth: h.rt })['settings:update']({ oauthClientSecret: 'client-secret-canary-77' });
    expect(h.rt.status().storage).toMatchObject({ backend: 'memory', secure: false });
    expect(secretFiles(dataDir)).toEqual([]);
    expect(canaryHits(dataDir, [sandbox.conversionToken, 'client-secret-canary-77'])).toEqual([]);
    await h.rt.close();
  });
});

describe('settings', () => {
  it('keeps the client secret write-only and encrypted; the client id and exchange URL in settings.json', async () => {
    const dataDir = tempDataDir();
    const h = await authHarness(sandbox, dataDir, {
      encryptor: testEncryptor(),
      secureBackend: { backend: 'dpapi', secure: true },
      config: { apiBaseUrl: sandbox.baseUrl, oauthAuthorizeUrl: sandbox.authorizeUrl },
    });
    const settings = settingsService(h.ctx, { auth: h.rt });
    expect(await settings['settings:get']({})).toMatchObject({ ok: true, value: { hasOauthClientSecret: false, maxEventAgeDays: 7, apiBaseUrl: sandbox.baseUrl } });
    expect(h.rt.status().oauthConfigured).toBe(false);
    await settings['settings:update']({ oauthClientId: '1500001', oauthClientSecret: 'client-secret-canary-99', maxEventAgeDays: 14 });
    const got = await settings['settings:get']({});
    expect(got).toMatchObject({ ok: true, value: { oauthClientId: '1500001', hasOauthClientSecret: true, maxEventAgeDays: 14 } });
    expect(JSON.stringify(got)).not.toContain('client-secret-canary-99');
    expect(h.rt.status().oauthConfigured).toBe(true);
    expect(canaryHits(dataDir, ['client-secret-canary-99'])).toEqual([]);
    expect(filesUnder(dataDir).every((f) => (f.mode & 0o077) === 0)).toBe(true);

    expect(await settings['settings:update']({ tokenExchangeUrl: 'http://broker.example.com/exchange' })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    await settings['settings:update']({ tokenExchangeUrl: 'https://broker.example.com/exchange', oauthClientSecret: '' });
    const broker = await settings['settings:get']({});
    expect(broker).toMatchObject({ ok: true, value: { tokenExchangeUrl: 'https://broker.example.com/exchange', hasOauthClientSecret: false } });
    expect(h.rt.status().oauthConfigured).toBe(true);
    await h.rt.close();
  });
});
