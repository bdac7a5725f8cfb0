import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { createFileLogger } from '../../../electron/app/log/file-logger';
import { accountsService } from '../../../electron/app/services/accounts-service';
import { authService } from '../../../electron/app/services/auth-service';
import { settingsService } from '../../../electron/app/services/settings-service';
import { connectionSecretSchema } from '../../../electron/app/session/connection-index';
import { approveInBrowser, canaryHits, filesUnder, tempDataDir, testEncryptor } from '../pinterest/sandbox-fixtures';
import { authHarness } from './auth-harness';

// PRIV-02 / CRED-05 for the auth area: every flow in one data folder with the real file logger at
// debug level, then a byte search of everything written there for every secret we handled.
let sandbox: Sandbox;
let now = Date.now();
beforeAll(async () => {
  sandbox = await startSandbox({ clock: () => now, testRatePerSecond: 1000 });
});
afterAll(() => sandbox.close());

describe('canary scan of the data folder', () => {
  it('finds no token, refresh token, client secret or state after a full auth session', async () => {
    const dataDir = tempDataDir();
    const log = createFileLogger({ dir: join(dataDir, 'logs'), level: 'debug' });
    const encryptor = testEncryptor();
    const h = await authHarness(sandbox, dataDir, { encryptor, secureBackend: { backend: 'keychain', secure: true }, clock: () => now }, log);
    const canaries: string[] = [sandbox.conversionToken, sandbox.oauthClient.clientSecret];
    const auth = authService(h.ctx, { auth: h.rt });
    const accounts = accountsService(h.ctx, { auth: h.rt });

    await settingsService(h.ctx, { auth: h.rt })['settings:update']({ oauthClientSecret: sandbox.oauthClient.clientSecret });
    expect((await auth['auth:sign-in-token']({ token: sandbox.conversionToken, adAccountId: sandbox.adAccountIds[0]! })).ok).toBe(true);
    expect((await auth['auth:sign-in-sandbox']({})).ok).toBe(true);
    const sandboxHandle = await h.rt.sessions.activeClient();
    if (sandboxHandle.ok) canaries.push(await sandboxHandle.value.tokens.accessToken());
    expect((await accounts['accounts:list']({})).ok).toBe(true);

    const done = h.nextChange((s) => !s.oauthPending);
    const started = await auth['auth:oauth-start']({});
    if (!started.ok) throw new Error(started.error.message);
    canaries.push(new URL(started.value.authorizeUrl).searchParams.get('state')!);
    await approveInBrowser(started.value.authorizeUrl);
    expect((await done).method).toBe('oauth');
    const id = h.rt.sessions.active()!.id;
    const readSecret = async () =>
      connectionSecretSchema.parse(JSON.parse((await encryptor.decrypt(readFileSync(join(dataDir, 'secrets', `conn-${id}.bin`)).subarray(4))).text));
    const first = await readSecret();
    now = first.expiresAt! - 60_000; // force a refresh (rotation)
    expect((await accounts['accounts:list']({})).ok).toBe(true);
    const second = await readSecret();
    canaries.push(first.accessToken, first.refreshToken!, second.accessToken, second.refreshToken!);
    expect(new Set(canaries).size).toBe(canaries.length);

    // Not vacuous: the log has lines, secrets and settings exist on disk while signed in.
    const written = filesUnder(dataDir).map((f) => f.path);
    expect(written.some((p) => p.includes('logs'))).toBe(true);
    expect(written.some((p) => p.includes('secrets'))).toBe(true);
    const logText = readFileSync(log.path, 'utf8');
    expect(logText).toContain('pinterest response');
    expect(logText).toContain('pinterest oauth');
    expect(canaryHits(dataDir, canaries)).toEqual([]);

    for (const connection of h.rt.status().connections) await auth['auth:sign-out']({ connectionId: connection.id });
    expect(h.rt.status().connections).toEqual([]);
    await h.rt.close();
    log.close();
    expect(canaryHits(dataDir, canaries)).toEqual([]);
    // CRED-05: no connection secrets remain after signing out (only the client secret of Settings).
    expect(filesUnder(dataDir).filter((f) => /secrets\/conn-/.test(f.path))).toEqual([]);
  });
});
