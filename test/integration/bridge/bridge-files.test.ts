import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../electron/app/bridge/bridge';
import { startBridge } from '../../../electron/app/bridge/bridge';
import { safeFileName, sweepStaleStaging } from '../../../electron/app/bridge/file-staging';
import { ok } from '../../../electron/shared/result';
import { backendWith, makeSite } from './bridge-helpers';

let site: ReturnType<typeof makeSite>;
let bridge: Bridge;

beforeEach(async () => {
  site = makeSite();
  const backend = backendWith(site.dataDir, {
    'report:export': async ({ jobId }) => {
      const path = join(site.dataDir, `report ${jobId}.csv`);
      writeFileSync(path, 'row,status\n2,sent\n');
      return ok({ path, rows: 1 });
    },
  });
  bridge = await startBridge({ backend, staticDir: site.staticDir, maxStagedBytes: 64 });
});

afterEach(async () => {
  await bridge.close();
  rmSync(site.root, { recursive: true, force: true });
});

const auth = () => ({ 'x-bridge-secret': bridge.secret });

async function stage(body: string, name: string, headers: Record<string, string> = auth()) {
  const response = await fetch(`${bridge.origin}/api/stage-file?name=${encodeURIComponent(name)}`, { method: 'POST', headers, body });
  return { status: response.status, result: (await response.json()) as { ok: boolean; value?: { path: string }; error?: { kind: string } } };
}

describe('file staging (browser shell)', () => {
  it('stores a private temporary copy and answers its path', async () => {
    const { result } = await stage('email\nann@example.test\n', 'Orders März.csv');
    expect(result.ok).toBe(true);
    const path = result.value!.path;
    expect(path.endsWith('Orders März.csv')).toBe(true);
    expect(path.startsWith(join(site.dataDir, 'staging'))).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('email\nann@example.test\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    expect(statSync(dirname(dirname(path))).mode & 0o777).toBe(0o700);
  });

  it('takes the name from the x-file-name header too, and never lets it escape the folder', async () => {
    const response = await fetch(`${bridge.origin}/api/stage-file`, {
      method: 'POST',
      headers: { ...auth(), 'x-file-name': encodeURIComponent('../../../evil.csv') },
      body: 'a',
    });
    const result = (await response.json()) as { value: { path: string } };
    expect(basename(result.value.path)).toBe('evil.csv');
    expect(dirname(dirname(dirname(result.value.path)))).toBe(join(site.dataDir, 'staging'));
  });

  it('refuses files over the cap and leaves nothing behind', async () => {
    const { result } = await stage('x'.repeat(65), 'big.csv');
    expect(result).toMatchObject({ ok: false, error: { kind: 'file' } });
    const runDir = readdirSync(join(site.dataDir, 'staging'))[0]!;
    expect(readdirSync(join(site.dataDir, 'staging', runDir))).toEqual([]);
  });

  it('requires the secret', async () => {
    const { status } = await stage('a', 'a.csv', {});
    expect(status).toBe(403);
  });

  it('deletes the copies when the bridge closes', async () => {
    const { result } = await stage('a', 'a.csv');
    await bridge.close();
    expect(existsSync(result.value!.path)).toBe(false);
  });

  it('sweeps folders of runs whose process is gone, and keeps live ones', () => {
    const root = join(site.root, 'sweep');
    mkdirSync(join(root, '999999999-dead'), { recursive: true });
    mkdirSync(join(root, `${process.pid}-alive`), { recursive: true });
    sweepStaleStaging(root);
    expect(readdirSync(root)).toEqual([`${process.pid}-alive`]);
  });

  it.each([
    ['report.csv', 'report.csv'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\ann\\orders.xlsx', 'orders.xlsx'],
    ['..', 'upload'],
    ['', 'upload'],
    ['a\u0000b\nc.csv', 'a_b_c.csv'],
  ])('safeFileName(%j) = %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});

describe('downloads', () => {
  it('offers report exports for download and nothing else', async () => {
    const exported = await fetch(`${bridge.origin}/api/report:export`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ jobId: 'j1' }),
    });
    const result = (await exported.json()) as { value: { path: string; downloadUrl: string } };
    expect(result.value.downloadUrl).toBe(`/api/download?path=${encodeURIComponent(result.value.path)}`);
    const file = await fetch(`${bridge.origin}${result.value.downloadUrl}`, { headers: auth() });
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('row,status\n2,sent\n');
    expect(file.headers.get('content-disposition')).toContain('attachment');
    const noSecret = await fetch(`${bridge.origin}${result.value.downloadUrl}`);
    expect(noSecret.status).toBe(403);
    for (const other of [join(site.root, 'secret.txt'), '/etc/passwd', `${result.value.path}/../../secret.txt`]) {
      const denied = await fetch(`${bridge.origin}/api/download?path=${encodeURIComponent(other)}`, { headers: auth() });
      expect(denied.status).toBe(404);
    }
  });
});
