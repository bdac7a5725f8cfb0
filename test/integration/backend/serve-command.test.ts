import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parseServeArgs, serve, serveCommand } from '../../../electron/cli/commands/serve-command';
import type { CommandIo } from '../../../electron/cli/command';
import { makeSite } from '../bridge/bridge-helpers';

function io(env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const errText: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => errText.push(c.toString()));
  const controller = new AbortController();
  const value: CommandIo = { stdout, stderr, env, interrupted: controller.signal };
  return { io: value, stop: () => controller.abort(), out: () => out.join(''), err: () => errText.join('') };
}

async function until<T>(probe: () => T | undefined): Promise<T> {
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('serve command', () => {
  it('parses its options and refuses bad ones with the usage', async () => {
    expect(parseServeArgs(['--port', '8080', '--data-dir', '/d', '--open'])).toEqual({ port: 8080, dataDir: '/d', open: true, json: false });
    expect(parseServeArgs([])).toMatchObject({ port: 0, open: false });
    for (const bad of [['--port', 'x'], ['--port', '70000'], ['--host', '0.0.0.0'], ['extra']]) {
      const t = io();
      expect(await serveCommand.run(bad, t.io)).toBe(2);
      expect(t.err()).toContain('Usage: conversions-uploader serve');
    }
  });

  it('prints the URL on stdout, serves the app and the backend, and stops on Ctrl-C', async () => {
    const site = makeSite();
    roots.push(site.root);
    const t = io();
    const running = serve({ port: 0, dataDir: site.dataDir, open: false, json: true }, t.io, site.staticDir);
    const line = await until(() => (t.out().includes('\n') ? t.out() : undefined));
    const printed = JSON.parse(line) as { url: string; origin: string; port: number };
    expect(printed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]{43}$/);
    const secret = new URL(printed.url).hash.slice('#k='.length);
    const answer = await fetch(`${printed.origin}/api/app:info`, {
      method: 'POST',
      headers: { 'x-bridge-secret': secret, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await answer.json()).toMatchObject({ ok: true, value: { shell: 'browser' } });
    expect(t.err()).toContain('Press Ctrl-C');
    t.stop();
    expect(await running).toBe(0);
    await expect(fetch(`${printed.origin}/`)).rejects.toThrow();
    // The log went to the data folder, and holds no secret.
    const log = readFileSync(join(site.dataDir, 'logs', 'app.log'), 'utf8');
    expect(log).toContain('bridge listening');
    expect(log).not.toContain(secret);
  });

  it('says so when the app is not built', async () => {
    const site = makeSite();
    roots.push(site.root);
    const t = io();
    expect(await serve({ port: 0, dataDir: site.dataDir, open: false, json: false }, t.io, join(site.root, 'missing'))).toBe(2);
    expect(t.err()).toContain('npm run build');
    expect(existsSync(join(site.dataDir, 'logs'))).toBe(false);
  });
});
