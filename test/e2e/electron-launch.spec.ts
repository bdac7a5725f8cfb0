import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { methodName } from '../../electron/shared/api';
import { channelNames } from '../../electron/shared/channel-names';

// Launches the real desktop app where an Electron binary exists. Elsewhere (offline machines:
// the binary is fetched lazily and the download fails) every test here is SKIPPED with the
// reason; nothing passes without having run.

const root = join(__dirname, '..', '..');

async function binary(): Promise<{ path?: string; reason?: string }> {
  const { resolveElectronBinary } = (await import(join(root, 'scripts/electron-binary.mjs'))) as {
    resolveElectronBinary(o: { timeoutMs: number }): { path?: string; reason?: string };
  };
  return resolveElectronBinary({ timeoutMs: 20_000 });
}

test.describe('Electron shell', () => {
  let executablePath = '';

  test.beforeAll(async () => {
    const found = await binary();
    if (!found.path) process.stderr.write(`SKIPPED Electron launch test: ${found.reason ?? 'no binary'}.\n`);
    test.skip(!found.path, `No Electron binary on this machine: ${found.reason ?? 'unknown'}. The launch test runs where Electron can be installed.`);
    executablePath = found.path!;
  });

  test('opens the hardened window on app:// with exactly the allowlisted window.api', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cu-electron-'));
    const app = await electron.launch({ executablePath, args: [root, '--data-dir', dataDir], env: { ...process.env, NODE_ENV: 'test' } });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('#root')).not.toBeEmpty();
      expect(window.url()).toMatch(/^app:\/\/bundle\//);
      const probe = await window.evaluate(() => ({
        keys: Object.keys((window as unknown as { api: object }).api).sort(),
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        frozen: Object.isFrozen((window as unknown as { api: object }).api),
      }));
      const expected = [...channelNames.map((c) => methodName(c)), 'on', 'shell', 'pathForFile', 'openFileDialog', 'saveFileDialog', 'setProgress', 'notify'].sort();
      expect(probe.keys).toEqual(expected);
      expect(probe.require).toBe('undefined');
      expect(probe.process).toBe('undefined');
      // Every renderer ("Tab") process is sandboxed at the OS level (SECURITY §1 item 4).
      const renderers = await app.evaluate(({ app: main }) => main.getAppMetrics().filter((m) => m.type === 'Tab').map((m) => m.sandboxed));
      expect(renderers.length).toBeGreaterThan(0);
      expect(renderers.every((s) => s === true)).toBe(true);
      const info = await window.evaluate(() => (window as unknown as { api: { appInfo(i: object): Promise<unknown> } }).api.appInfo({}));
      expect(info).toMatchObject({ ok: true, value: { shell: 'electron' } });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
