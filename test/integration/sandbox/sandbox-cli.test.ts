import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, offlineEvent } from './sandbox-helpers';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'out/node/cli.js');
let child: ChildProcess | undefined;

beforeAll(() => {
  // `npm test` builds first; when run alone this rebuilds only if sources are newer than out/.
  const build = spawnSync(process.execPath, [join(root, 'scripts/ensure-built.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`Build failed, cannot test the CLI:\n${build.stderr}`);
}, 120_000);

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

/** Resolves with everything printed on stdout once it matches `pattern`. */
function stdoutMatching(proc: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (pattern.test(out)) resolvePromise(out);
    });
    proc.once('exit', (code) => reject(new Error(`CLI exited (${code}) before printing ${pattern}; stdout: ${out}`)));
  });
}

function exited(proc: ChildProcess): Promise<number | null> {
  return new Promise((resolvePromise) => proc.once('exit', (code) => resolvePromise(code)));
}

describe('conversions-uploader sandbox (standalone)', () => {
  it('--json prints one line with its URL and token, serves the API, and stops on SIGINT', async () => {
    child = spawn(process.execPath, [cli, 'sandbox', '--port', '0', '--token', 'cli-token', '--accounts', '4', '--json'], { cwd: root });
    const info = JSON.parse((await stdoutMatching(child, /\n/)).trim()) as { baseUrl: string; conversionToken: string; adAccountIds: string[]; oauthClient: { clientId: string } };
    expect(info.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v5$/);
    expect(info.conversionToken).toBe('cli-token');
    expect(info.adAccountIds).toHaveLength(4);
    expect(info.oauthClient.clientId).toBeTruthy();
    const answer = await call(`${info.baseUrl}/ad_accounts/${info.adAccountIds[0]}/events?test=true`, {
      method: 'POST',
      headers: { authorization: 'Bearer cli-token', 'content-type': 'application/json' },
      body: JSON.stringify({ data: [offlineEvent('cli', Math.floor(Date.now() / 1000))] }),
    });
    expect(answer).toMatchObject({ status: 200, body: { num_events_processed: 1 } });
    const live = await call(`${info.baseUrl}/ad_accounts/${info.adAccountIds[0]}/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer cli-token', 'content-type': 'application/json' },
      body: JSON.stringify({ data: [offlineEvent('live', Math.floor(Date.now() / 1000))] }),
    });
    expect(live.status).toBe(200);
    const stats = await call(`${new URL(info.baseUrl).origin}/_sandbox/stats`);
    expect(stats.body).toMatchObject({ requests: 2, testRequests: 1, liveEvents: 1 });
    const exit = exited(child);
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  });

  it('prints a human summary with the base URL by default', async () => {
    child = spawn(process.execPath, [cli, 'sandbox', '--port', '0'], { cwd: root });
    const text = await stdoutMatching(child, /Ad accounts:\n(.*\n){3}/);
    expect(text).toMatch(/sandbox/i);
    expect(text).toMatch(/Base URL:\s+http:\/\/127\.0\.0\.1:\d+\/v5/);
    expect(text).toMatch(/Conversion token:\s+pina_/);
    const exit = exited(child);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('refuses bad options with exit code 2', () => {
    const result = spawnSync(process.execPath, [cli, 'sandbox', '--port', 'abc'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--port/);
  });
});
