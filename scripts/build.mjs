// `npm run build`: one Vite build for renderer, Node side and Electron shell (see vite.config.ts).
// Output goes to stderr so that callers printing JSON on stdout stay clean.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--app', '--logLevel', 'warn'], {
  cwd: root,
  stdio: ['ignore', 2, 2],
  // The config is TypeScript in a CommonJS package; Vite's default bundling loader handles it.
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
});
process.exit(result.status ?? 2);
