import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../../electron/app/bridge/open-browser';
import type { StaticManifest } from '../../../electron/app/bridge/static-assets';
import { contentTypeFor, rendererCsp, resolveStaticPath } from '../../../electron/app/bridge/static-assets';

const manifest: StaticManifest = { dir: '/srv/renderer', files: new Set(['index.html', 'assets/app.js', 'assets/app.css']) };

describe('resolveStaticPath', () => {
  it.each([
    ['/', '/srv/renderer/index.html'],
    ['/index.html', '/srv/renderer/index.html'],
    ['/assets/app.js', '/srv/renderer/assets/app.js'],
    ['/assets/%61pp.js', '/srv/renderer/assets/app.js'],
  ])('%s → %s', (path, file) => {
    expect(resolveStaticPath(manifest, path)).toBe(file);
  });

  test.prop([fc.string({ unit: 'binary' })], { numRuns: 5_000 })('resolves only to files of the manifest, whatever the path', (path) => {
    const file = resolveStaticPath(manifest, path);
    if (file !== null) expect([...manifest.files].map((f) => `/srv/renderer/${f}`)).toContain(file);
  });

  test.prop([fc.array(fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '\\', '%00', 'assets', 'index.html', ''), { minLength: 1, maxLength: 6 })])(
    'refuses any path built from dot segments and encoded separators unless it is a plain manifest key',
    (segments) => {
      const path = `/${segments.join('/')}`;
      const file = resolveStaticPath(manifest, path);
      const plain = ['/', ...[...manifest.files].map((f) => `/${f}`)];
      if (file !== null) expect(plain).toContain(decodeURIComponent(path));
    },
  );
});

describe('rendererCsp', () => {
  it('allows the bridge origin only in the browser shell', () => {
    expect(rendererCsp('bridge')).toContain("connect-src 'self'");
    expect(rendererCsp('ipc')).toContain("connect-src 'none'");
    for (const csp of [rendererCsp('bridge'), rendererCsp('ipc')]) {
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('never lets a file be sniffed into something else', () => {
    expect(contentTypeFor('x.js')).toMatch(/javascript/);
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});

describe('browserCommand', () => {
  it('uses the platform opener', () => {
    expect(browserCommand('linux', 'http://127.0.0.1:1/#k=a')).toEqual({ command: 'xdg-open', args: ['http://127.0.0.1:1/#k=a'] });
    expect(browserCommand('darwin', 'u').command).toBe('open');
    expect(browserCommand('win32', 'http://127.0.0.1:1/?a&b').args).toEqual(['/c', 'start', '""', 'http://127.0.0.1:1/?a^&b']);
  });
});
