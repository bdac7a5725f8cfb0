import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
// @ts-expect-error js-yaml (electron-builder's own YAML parser, a transitive dependency) ships no types
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { fuseConfig } from '../../../scripts/after-pack.mjs';

const root = join(__dirname, '..', '..', '..');
const config = (yaml as { load(text: string): unknown }).load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('fuses (SECURITY §3)', () => {
  it.each(['linux', 'darwin', 'win32'])('sets every fuse explicitly and as decided on %s', (platform) => {
    const wire = (fuseConfig as (p: string) => Record<string, unknown>)(platform);
    expect(wire).toEqual({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      resetAdHocDarwinSignature: platform === 'darwin',
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
    // Every fuse this @electron/fuses knows is decided (strict mode enforces it at build time too).
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    for (const fuse of known) expect(wire).toHaveProperty(String(fuse));
  });
});

describe('electron-builder.yml', () => {
  it('packs only the built app, package.json and licences, in an asar, with the fuse hook', () => {
    expect(config).toMatchObject({
      appId: expect.stringMatching(/^[a-z]+(\.[a-z]+)+$/),
      productName: 'Conversions Uploader',
      asar: true,
      afterPack: './scripts/after-pack.mjs',
      files: ['out/**', '!out/**/*.map', 'package.json', 'vendor/pinterest-openapi/LICENSE', 'samples/sample-conversions.csv'],
    });
  });

  it('targets deb and AppImage, dmg and nsis', () => {
    expect((config.linux as { target: string[] }).target).toEqual(['deb', 'AppImage']);
    expect((config.mac as { target: string }).target).toBe('dmg');
    expect((config.win as { target: string }).target).toBe('nsis');
  });

  it('never turns the fuses hook or asar off through electron-builder options', () => {
    expect(config).not.toHaveProperty('electronFuses');
    expect(config).not.toHaveProperty('asarUnpack');
  });
});
