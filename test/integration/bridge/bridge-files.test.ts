import { existsSync, readdirSync, readFileSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../electron/app/bridge/bridge';
import { startBridge } from '../../../electron/app/bridge/bridge';
import { safeFileName, sweepStaleStaging } from '../../../electron/app/bridge/file-staging';
import type { PreparedReport } from '../../../electron/app/report/export-report';
import { issueReportTicket, redeemReportTicket, reportDownloadUrl, reportTicketTtlMs } from '../../../electron/app/report/report-tickets';
import type { UploadItem } from '../../../electron/app/upload/engine-types';
import { appError } from '../../../electron/shared/app-error';
import { err, ok } from '../../../electron/shared/result';
import { backendWith, makeSite } from './bridge-helpers';

let site: ReturnType<typeof makeSite>;
let bridge: Bridge;

beforeEach(async () => {
  site = makeSite();
  const backend = backendWith(site.dataDir, {
    // As the report service does without a path: nothing written, a ticket for the bridge.
    'report:export': async ({ jobId }) => {
      const token = issueReportTicket({ jobId, dataDir: site.dataDir, fileName: 'orders-report.csv', open: async () => ok(fakeReport(jobId)) }, Date.now());
      return ok({ rows: 2, downloadUrl: reportDownloadUrl(jobId, token) });
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

describe('report downloads', () => {
  const exportReport = async (jobId: string) => {
    const exported = await fetch(`${bridge.origin}/api/report:export`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ jobId }),
    });
    return ((await exported.json()) as { value: { path?: string; rows: number; downloadUrl: string } }).value;
  };

  it('streams the report generated on demand, once, to the holder of the secret', async () => {
    const value = await exportReport('j1');
    expect(value.path).toBeUndefined();
    expect(value.downloadUrl).toMatch(/^\/api\/download\?job=j1&ticket=[A-Za-z0-9_-]{43}$/);
    const noSecret = await fetch(`${bridge.origin}${value.downloadUrl}`);
    expect(noSecret.status).toBe(403);
    const file = await fetch(`${bridge.origin}${value.downloadUrl}`, { headers: auth() });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toContain('attachment; filename="orders-report.csv"');
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(await file.text()).toBe("email,Upload row,Upload status,Upload message,Upload mode\r\nann@example.test,2,sent,,LIVE\r\n'=cmd,3,rejected,bad,LIVE\r\n");
    // Single use: the same link again is refused.
    const again = await fetch(`${bridge.origin}${value.downloadUrl}`, { headers: auth() });
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { kind: string } }).error.kind).toBe('not-found');
    // Nothing was written anywhere in the data folder.
    expect(filesIn(site.dataDir).filter((f) => !f.includes(`${join(site.dataDir, 'staging')}`))).toEqual([]);
  });

  it('refuses a ticket for another job, an expired one, a path, and anything but GET', async () => {
    const value = await exportReport('j2');
    const ticket = new URL(value.downloadUrl, bridge.origin).searchParams.get('ticket')!;
    const other = await fetch(`${bridge.origin}/api/download?job=j3&ticket=${ticket}`, { headers: auth() });
    expect(other.status).toBe(404);
    // A wrong try burns the ticket: it cannot be retried with the right job either.
    expect((await fetch(`${bridge.origin}${value.downloadUrl}`, { headers: auth() })).status).toBe(404);
    const old = issueReportTicket({ jobId: 'j4', dataDir: site.dataDir, fileName: 'x.csv', open: async () => ok(fakeReport('j4')) }, Date.now() - reportTicketTtlMs - 1);
    expect((await fetch(`${bridge.origin}${reportDownloadUrl('j4', old)}`, { headers: auth() })).status).toBe(404);
    const foreign = issueReportTicket({ jobId: 'j5', dataDir: join(site.root, 'other-data'), fileName: 'x.csv', open: async () => ok(fakeReport('j5')) }, Date.now());
    expect((await fetch(`${bridge.origin}${reportDownloadUrl('j5', foreign)}`, { headers: auth() })).status).toBe(404);
    for (const path of [join(site.root, 'secret.txt'), '/etc/passwd']) {
      const denied = await fetch(`${bridge.origin}/api/download?path=${encodeURIComponent(path)}`, { headers: auth() });
      expect(denied.status).toBe(404);
      expect(await denied.text()).not.toContain('TOP-SECRET');
    }
    const fresh = await exportReport('j6');
    expect((await fetch(`${bridge.origin}${fresh.downloadUrl}`, { method: 'POST', headers: auth() })).status).toBe(405);
  });

  it('answers the report error as a failed Result when the report cannot be made', async () => {
    const token = issueReportTicket({ jobId: 'j7', dataDir: site.dataDir, fileName: 'x.csv', open: async () => err(appError('file', '"orders.csv" changed since this upload started.')) }, Date.now());
    const answer = await fetch(`${bridge.origin}${reportDownloadUrl('j7', token)}`, { headers: auth() });
    expect(answer.status).toBe(409);
    expect(await answer.json()).toMatchObject({ ok: false, error: { kind: 'file' } });
  });

  it('drops outstanding tickets when the bridge closes', async () => {
    const value = await exportReport('j8');
    const ticket = new URL(value.downloadUrl, bridge.origin).searchParams.get('ticket')!;
    await bridge.close();
    expect(redeemReportTicket(ticket, 'j8', site.dataDir, Date.now())).toBeUndefined();
  });
});

/** A prepared report over two fake rows (one sent, one rejected with a formula-like cell). */
function fakeReport(jobId: string): PreparedReport {
  const cells = new Map<number, readonly string[]>();
  const items: UploadItem[] = [
    { rows: [2], eventId: `${jobId}-a`, event: {}, issues: [], status: 'valid' },
    { rows: [3], eventId: `${jobId}-b`, event: {}, issues: [], status: 'valid' },
  ];
  return {
    options: { onlyProblems: false, valueFree: false },
    source: () => ({
      columns: ['email'],
      test: false,
      rows: cells,
      items: (async function* () {
        cells.set(2, ['ann@example.test']);
        cells.set(3, ['=cmd']);
        yield { items };
      })(),
      verdict: (_item, ordinal) => (ordinal === 0 ? { status: 'sent', message: '' } : { status: 'rejected', message: 'bad' }),
    }),
  };
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
