// `npm run build`: one Vite build for renderer, Node side and Electron shell (see vite.config.ts),
// then the renderer's asset manifest: the only files the bridge and app:// ever serve.
// Output goes to stderr so that callers printing JSON on stdout stay clean.
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--app', '--logLevel', 'warn'], {
  cwd: root,
  stdio: ['ignore', 2, 2],
  // The config is TypeScript in a CommonJS package; Vite's default bundling loader handles it.
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
});
if (result.status !== 0) process.exit(result.status ?? 2);

// Same rules as electron/app/bridge/static-assets.ts scanStaticFiles: regular files only, no symlinks.
const manifestName = 'asset-manifest.json';
function walk(dir, prefix, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const stat = lstatSync(join(dir, entry.name));
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) walk(join(dir, entry.name), rel, out);
    else if (stat.isFile() && rel !== manifestName) out.push(rel);
  }
  return out;
}
const rendererDir = join(root, 'out/renderer');
writeFileSync(join(rendererDir, manifestName), `${JSON.stringify(walk(rendererDir, '', []).sort(), null, 1)}\n`);
