// Finds the Electron binary without importing `electron` into this process. Since Electron 42
// the npm package fetches its binary lazily on the first require('electron'); offline (as on our
// CI machines) that download fails. We let a child process try, bounded by a timeout, so
// callers (npm start, the Electron launch test) can fall back or skip with the real reason.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const marker = 'ELECTRON_BINARY=';

/**
 * Resolves the Electron executable. `timeoutMs` bounds the (possible) download.
 * Returns { path } when the binary exists, otherwise { reason } saying why not.
 */
export function resolveElectronBinary({ timeoutMs = 20_000 } = {}) {
  const script = `process.stdout.write('\\n${marker}' + require('electron') + '\\n')`;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
  });
  const line = (result.stdout ?? '').split('\n').find((l) => l.startsWith(marker));
  const path = line?.slice(marker.length).trim();
  if (path && existsSync(path)) return { path };
  if (result.error?.code === 'ETIMEDOUT') return { reason: `fetching the Electron binary took longer than ${Math.round(timeoutMs / 1000)} s` };
  const stderr = (result.stderr ?? '').trim().split('\n');
  const cause = stderr.find((l) => /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|certificate/i.test(l));
  return { reason: `the Electron binary is not installed and could not be downloaded${cause ? ` (${cause.trim()})` : ''}` };
}

/** Path of the app folder Electron should run (package.json "main" points at out/main/main.js). */
export const appRoot = root;

/** The built main bundle; absent until `npm run build`. */
export const builtMain = join(root, 'out/main/main.js');
