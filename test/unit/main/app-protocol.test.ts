import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStaticManifest, manifestFileName, scanStaticFiles } from '../../../electron/app/bridge/static-assets';
import { appSchemePrivileges, createAppProtocolHandler } from '../../../electron/main/app-protocol';

const root = mkdtempSync(join(tmpdir(), 'cu-app-protocol-'));
const dir = join(root, 'renderer');
mkdirSync(join(dir, 'assets'), { recursive: true });
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(dir, 'assets', 'index-abc.js'), 'export {}');
writeFileSync(join(root, 'passwd'), 'root:x:0:0');
symlinkSync(join(root, 'passwd'), join(dir, 'assets', 'link.js'));
writeFileSync(join(dir, 'late.js'), 'not in the manifest');
writeFileSync(join(dir, manifestFileName), JSON.stringify(['index.html', 'assets/index-abc.js']));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const handler = createAppProtocolHandler(loadStaticManifest(dir));
// Plain objects: Chromium hands the handler URLs that Node's Request constructor would refuse.
const get = (url: string, method = 'GET') => handler({ url, method });

describe('app:// protocol', () => {
  it('serves manifest files with the IPC CSP and their content type', async () => {
    const page = await get('app://bundle/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const js = await get('app://bundle/assets/index-abc.js?v=1');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/..%2f..%2fpasswd',
    'app://bundle/%2e%2e/passwd',
    'app://bundle/%2E%2E%2F%2E%2E%2Fpasswd',
    'app://bundle/assets/..%5c..%5cpasswd',
    'app://bundle/index.html%00.js',
    'app://bundle/%00',
    'app://bundle//etc/passwd',
    'app://bundle/etc/passwd',
    `app://bundle/${encodeURIComponent(join(root, 'passwd'))}`,
    'app://bundle/assets/link.js',
    'app://bundle/late.js',
    `app://bundle/${manifestFileName}`,
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'app://bundle.evil/index.html',
    'app://user@bundle/index.html',
  ])('answers 404 for %s', async (url) => {
    const answer = await get(url);
    expect(answer.status).toBe(404);
    expect(await answer.text()).not.toContain('root:x');
  });

  it('answers 404 to other methods', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(404);
  });

  it('registers a standard, secure scheme', () => {
    expect(appSchemePrivileges).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('scans without symlinks or the manifest when there is no manifest', () => {
    expect(scanStaticFiles(dir)).toEqual(['assets/index-abc.js', 'index.html', 'late.js']);
  });
});
