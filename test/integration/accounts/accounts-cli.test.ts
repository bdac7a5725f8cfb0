import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { addOauthToken, tempDataDir } from '../pinterest/sandbox-fixtures';

// The real CLI bundle (out/node/cli.js) against the sandbox: every account as one JSON array,
// exit 2 with a clear message on sign-in errors, and the token never echoed.
const root = resolve(__dirname, '../../..');
let sandbox: Sandbox;

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  sandbox = await startSandbox({ adAccounts: 260 });
}, 120_000);
afterAll(() => sandbox?.close());

function cli(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'out/node/cli.js'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: tempDataDir(), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('accounts CLI', () => {
  it('--json prints every account (two pages) as one JSON array', async () => {
    const token = addOauthToken(sandbox);
    const run = await cli(['accounts', '--json', '--api-base', sandbox.baseUrl], { PINTEREST_TOKEN: token });
    expect(run.stderr).not.toContain(token);
    expect(run.code).toBe(0);
    const accounts = JSON.parse(run.stdout) as { id: string; canSend: boolean; role?: string }[];
    expect(accounts).toHaveLength(260);
    expect(accounts.map((a) => a.id).sort()).toEqual([...sandbox.adAccountIds].sort());
    expect(accounts[0]).toMatchObject({ role: 'Owner', canSend: true });
    expect(run.stdout).not.toContain(token);
  });

  it('prints a table and reads --token-file (mode 600)', async () => {
    const file = join(tempDataDir(), 'token');
    const token = addOauthToken(sandbox);
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    const run = await cli(['accounts', '--api-base', sandbox.baseUrl, '--token-file', file], {});
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+ROLE\s+COUNTRY\s+CURRENCY\s+CAN SEND$/);
    expect(run.stdout).toContain('Sandbox Shop US');
    expect(`${run.stdout}${run.stderr}`).not.toContain(token);
  });

  it('refuses a token file readable by others without printing it', async () => {
    const file = join(tempDataDir(), 'token');
    writeFileSync(file, 'pina_group_readable_canary');
    chmodSync(file, 0o644);
    const run = await cli(['accounts', '--api-base', sandbox.baseUrl, '--token-file', file], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/chmod 600/);
    expect(run.stderr).not.toContain('pina_group_readable_canary');
  });

  it('exit 2 with a clear message for a wrong token, a conversion token, or no token', async () => {
    const wrong = await cli(['accounts', '--json', '--api-base', sandbox.baseUrl], { PINTEREST_TOKEN: 'pina_wrong_canary_token' });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/wrong or has expired/);
    expect(wrong.stderr).not.toContain('pina_wrong_canary_token');

    const conversion = await cli(['accounts', '--api-base', sandbox.baseUrl], { PINTEREST_TOKEN: sandbox.conversionToken });
    expect(conversion.code).toBe(2);
    expect(conversion.stderr).toMatch(/conversion token can only send events/);

    const none = await cli(['accounts', '--api-base', sandbox.baseUrl], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/PINTEREST_TOKEN/);
  });

  it('rejects a plain-http API base that is not this machine', async () => {
    const run = await cli(['accounts', '--api-base', 'http://example.com/v5'], { PINTEREST_TOKEN: 'pina_x' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/https/);
  });
});
