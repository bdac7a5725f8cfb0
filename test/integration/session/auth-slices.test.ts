import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { createDispatch } from '../../../electron/app/backend/dispatch';
import { createAuthSlices } from '../../../electron/app/services/auth-service';
import type { AuthSlices } from '../../../electron/app/services/auth-service';
import { silentLogger } from '../../../electron/core/ports';
import { channels } from '../../../electron/shared/contract';
import { tempDataDir } from '../pinterest/sandbox-fixtures';
import { sandboxAuthConfig } from './auth-harness';

// The three slices through the real dispatcher with output checking on: every answer matches
// the contract, and nothing the renderer receives carries a token (CRED-04).
let sandbox: Sandbox;
let slices: AuthSlices;
const emitted: unknown[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ testRatePerSecond: 1000 });
  const ctx = { dataDir: tempDataDir(), emit: (_e: string, p: unknown) => void emitted.push(p), log: silentLogger };
  slices = await createAuthSlices(ctx, {
    config: sandboxAuthConfig(sandbox),
  });
});
afterAll(async () => {
  await slices.close();
  await sandbox.close();
});

describe('auth slices through the dispatcher', () => {
  it('serve every auth:*, accounts:* and settings:* channel of the contract', () => {
    const ours = Object.keys(channels).filter((c) => /^(auth|accounts|settings):/.test(c)).sort();
    expect(Object.keys(slices.handlers).sort()).toEqual(ours);
  });

  it('answer within the contract and never hand out a token', async () => {
    const dispatch = createDispatch(slices.handlers, { log: silentLogger, checkOutputs: true });
    const answers: unknown[] = [];
    const call = async (channel: string, input: unknown) => {
      const result = await dispatch(channel, input);
      answers.push(result);
      if (!result.ok) throw new Error(`${channel}: ${result.error.kind} ${result.error.message}`);
      return result.value as Record<string, unknown>;
    };
    expect(await call('auth:status', {})).toMatchObject({ signedIn: false, oauthConfigured: true, sandboxAvailable: true });
    await call('auth:sign-in-token', { token: sandbox.conversionToken, adAccountId: sandbox.adAccountIds[0] });
    await call('auth:sign-in-sandbox', {});
    const listed = await call('accounts:list', {});
    const first = (listed.accounts as { id: string }[])[0]!;
    await call('accounts:choose', { adAccountId: first.id });
    await call('settings:update', { maxEventAgeDays: 10 });
    expect(await call('settings:get', {})).toMatchObject({ maxEventAgeDays: 10, hasOauthClientSecret: true });
    const started = await call('auth:oauth-start', {});
    expect(started.openedExternally).toBe(false);
    await call('auth:oauth-cancel', {});
    // Without a store on disk (CLI, browser) there is nothing to opt into.
    expect(await dispatch('auth:allow-insecure-storage', { allow: true })).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const status = await call('auth:status', {});
    await call('auth:sign-out', { connectionId: (status.connections as { id: string }[])[0]!.id });
    const bad = await dispatch('auth:sign-in-token', { token: 'x', adAccountId: 'not-digits' });
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation' } });

    const active = await slices.runtime.sessions.activeClient();
    expect(active.ok && active.value.method).toBe('sandbox');
    const sandboxToken = active.ok ? await active.value.tokens.accessToken() : 'unreachable-canary';
    const everything = JSON.stringify([answers, emitted]);
    for (const secret of [sandbox.conversionToken, sandboxToken, sandbox.oauthClient.clientSecret]) expect(everything).not.toContain(secret);
    expect(emitted.length).toBeGreaterThan(3);
  });
});
