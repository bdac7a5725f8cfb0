import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';

// Shared Playwright fixtures (owned with the renderer engineer): every test gets a FRESH app,
// i.e. `node out/node/cli.js serve --port 0 --data-dir <fresh temp dir>` (the real backend,
// bridge and embedded sandbox in their own process, exactly what a user runs), and a page
// already opened on its printed URL. The server is stopped with SIGINT after the test and its
// data folder removed; on failure the app log is attached to the report first.

const root = join(__dirname, '..', '..', '..');

/** A running app (one per test). */
export interface RunningApp {
  /** The printed URL, secret fragment included: what a user opens. */
  url: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** The per-run secret, for tests that call the bridge directly. */
  secret: string;
  /** The fresh data folder (settings, logs, history...). */
  dataDir: string;
  /** What the server wrote to stderr so far. */
  stderr(): string;
}

/** Options tests can set with `test.use({ ... })`. */
export interface AppOptions {
  /** Extra environment for the server (e.g. PINTEREST_API_BASE of a scripted sandbox). */
  appEnv: Record<string, string>;
}

function waitForUrl(child: ChildProcess, stderr: () => string): Promise<{ url: string; origin: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no URL in time.\n${stderr()}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as { url: string; origin: string });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before printing its URL.\n${stderr()}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Starts a fresh app (exported for tests that need a second one, e.g. restart scenarios). */
export async function startApp(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'cu-e2e-'))): Promise<RunningApp & { stop(): Promise<void> }> {
  const cli = join(root, 'out/node/cli.js');
  if (!existsSync(cli)) throw new Error('out/node/cli.js is missing: run `npm run build`.');
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data-dir', dataDir, '--json'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const { url, origin } = await waitForUrl(child, () => stderr).catch(async (error: unknown) => {
    await stop(child);
    throw error;
  });
  const secret = new URL(url).hash.replace(/^#k=/, '');
  return { url, origin, secret, dataDir, stderr: () => stderr, stop: () => stop(child) };
}

/** `test` with `app` (a fresh running app) and `page` already opened on it. */
export const test = base.extend<AppOptions & { app: RunningApp }>({
  appEnv: [{}, { option: true }],
  app: async ({ appEnv }, use, testInfo) => {
    const app = await startApp(appEnv);
    try {
      await use(app);
    } finally {
      await app.stop();
      const log = join(app.dataDir, 'logs', 'app.log');
      if (testInfo.status !== testInfo.expectedStatus && existsSync(log)) {
        await testInfo.attach('app.log', { body: readFileSync(log), contentType: 'text/plain' });
        await testInfo.attach('serve stderr', { body: app.stderr(), contentType: 'text/plain' });
      }
      rmSync(app.dataDir, { recursive: true, force: true });
    }
  },
  page: async ({ page, app }, use) => {
    await page.goto(app.url);
    await use(page);
  },
});

export { expect };
