import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { afterAll, describe, expect, it } from 'vitest';

// electron-builder --dir with electronDist pointing at a stub folder packs app.asar offline
// (the real Electron zip would come from the internet). Proves the right files are packed. The
// fuse hook is switched off here only because the stub has no fuse wire; its configuration is
// unit-tested in test/unit/security/packaging-config.test.ts.

const root = join(__dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'cu-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packaging with electron-builder', () => {
  it('builds app.asar with the built app, package.json and the vendor licence, and no sources', { timeout: 240_000 }, async () => {
    const built = spawnSync(process.execPath, [join(root, 'scripts/ensure-built.mjs')], { cwd: root, stdio: 'ignore' });
    expect(built.status).toBe(0);
    const stub = join(work, 'electron-stub');
    mkdirSync(stub);
    writeFileSync(join(stub, 'electron'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(stub, 'electron'), 0o755);
    const output = join(work, 'dist');
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: { electronDist: stub, electronVersion: '45.6.1', afterPack: null, directories: { output } },
    });
    const asar = join(output, 'linux-unpacked', 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
    const own = files.filter((f) => !f.startsWith('/node_modules/'));
    for (const needed of ['/out/main/main.js', '/out/preload/preload.js', '/out/node/cli.js', '/out/renderer/index.html', '/out/renderer/asset-manifest.json', '/package.json', '/vendor/pinterest-openapi/LICENSE', '/samples/sample-conversions.csv']) {
      expect(own).toContain(needed);
    }
    expect(own.filter((f) => /^\/(electron|renderer|test|scripts|bench)\//.test(f) || f.endsWith('.ts') || f.endsWith('.map'))).toEqual([]);
    const modules = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2]));
    for (const runtime of ['zod', 'papaparse', 'exceljs', 'write-file-atomic']) expect(modules.has(runtime)).toBe(true);
    for (const devOnly of ['react', 'gestalt', 'electron', 'vite', 'typescript', 'vitest']) expect(modules.has(devOnly)).toBe(false);
    const pkg = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/main.js');
    expect(readFileSync(join(output, 'linux-unpacked', 'conversions-uploader'), 'utf8')).toContain('exit 0');
  });
});
