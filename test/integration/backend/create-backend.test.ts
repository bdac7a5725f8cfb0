import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/app/backend/create-backend';
import { createBackend } from '../../../electron/app/backend/create-backend';
import { loadConfig } from '../../../electron/app/config';
import { channelNames } from '../../../electron/shared/channel-names';

// The real composition: every landed service slice behind one dispatch, a fresh data folder.

// Channels whose service has not landed yet. The product ships with none.
const pending: string[] = [];

let root: string;
let backend: Backend;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'cu-backend-'));
  backend = await createBackend({ config: loadConfig({ env: {}, dataDirArg: join(root, 'data') }), shell: 'browser' });
});

afterEach(async () => {
  await backend.close();
  rmSync(root, { recursive: true, force: true });
});

describe('createBackend', () => {
  it('serves every channel except the ones still pending', () => {
    const missing = channelNames.filter((c) => !(c in backend.handlers));
    expect(missing).toEqual(pending);
  });

  it('answers app:info and creates a private data folder with a log', async () => {
    expect(await backend.dispatch('app:info', {})).toEqual({
      ok: true,
      value: {
        version: expect.any(String),
        shell: 'browser',
        platform: process.platform,
        samplePath: join(root, 'data', 'sample', 'sample-conversions.csv'),
      },
    });
    expect(readFileSync(join(root, 'data', 'sample', 'sample-conversions.csv'), 'utf8')).toContain('@');
    expect(statSync(join(root, 'data')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(root, 'data', 'logs'))).toContain('app.log');
  });

  it('signs in to the embedded sandbox, lists its ad accounts and emits auth:changed', async () => {
    const seen: string[] = [];
    backend.on((event) => seen.push(event));
    const status = await backend.dispatch('auth:sign-in-sandbox', {});
    expect(status).toMatchObject({ ok: true, value: { signedIn: true, method: 'sandbox' } });
    expect(seen).toContain('auth:changed');
    const accounts = await backend.dispatch('accounts:list', {});
    expect(accounts).toMatchObject({ ok: true, value: { canList: true } });
    expect((accounts as { value: { accounts: unknown[] } }).value.accounts.length).toBeGreaterThan(0);
  });

  it('opens a CSV with progress events, and its rows never reach the log', async () => {
    const file = join(root, 'orders.csv');
    writeFileSync(file, 'email,value\ncanary-5c1d@example.test,10\n');
    const seen: string[] = [];
    backend.on((event) => seen.push(event));
    const info = await backend.dispatch('dataset:open', { path: file });
    expect(info).toMatchObject({ ok: true, value: { columns: ['email', 'value'], rowCount: 1 } });
    expect(seen).toContain('dataset:progress');
    await backend.close();
    expect(readFileSync(join(root, 'data', 'logs', 'app.log'), 'utf8')).not.toContain('canary-5c1d');
  });
});

describe('the chosen ad account\'s currency', () => {
  it('is suggested as the currency and used for cells naming none clearly', { timeout: 30_000 }, async () => {
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await backend.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.kind} ${result.error.message}`);
      return result.value as T;
    };
    await call('auth:sign-in-sandbox', {});
    const { accounts } = await call<{ accounts: Array<{ id: string; canSend: boolean; currency?: string }> }>('accounts:list', {});
    const account = accounts.find((a) => a.canSend && a.currency && a.currency !== 'USD') ?? accounts.find((a) => a.canSend && a.currency)!;
    await call('accounts:choose', { adAccountId: account.id });
    const file = join(root, 'orders.csv');
    const when = new Date(Date.now() - 86_400_000).toISOString();
    writeFileSync(file, `Email,Total,Currency,Created at\nana@example.test,12.50,$,${when}\n`);
    const info = await call<{ datasetId: string }>('dataset:open', { path: file });
    const { mapping } = await call<{ mapping: { fields: Record<string, unknown> } }>('mapping:suggest', { datasetId: info.datasetId });
    const mapped = { ...mapping, fields: { ...mapping.fields, 'custom_data.currency': { column: 'Currency' } } };
    const preview = await call<{ event?: { custom_data?: { currency?: string } } }>('preview:event', { datasetId: info.datasetId, mapping: mapped, row: 2 });
    expect(preview.event?.custom_data?.currency).toBe(account.currency);
  });
});

describe('a whole test upload through dispatch (the path both transports take)', () => {
  it('signs in to the sandbox, opens the sample, maps, previews, sends in test mode and exports the report', { timeout: 60_000 }, async () => {
    const progress: Array<{ state: string }> = [];
    backend.on((event, payload) => {
      if (event === 'upload:progress') progress.push(payload as { state: string });
    });
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await backend.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.kind} ${result.error.message}`);
      return result.value as T;
    };
    await call('auth:sign-in-sandbox', {});
    const { accounts } = await call<{ accounts: Array<{ id: string; canSend: boolean }> }>('accounts:list', {});
    const account = accounts.find((a) => a.canSend)!;
    const info = await call<{ datasetId: string; rowCount: number }>('dataset:open', { path: join(__dirname, '../../../samples/sample-conversions.csv') });
    const { mapping } = await call<{ mapping: unknown }>('mapping:suggest', { datasetId: info.datasetId });
    const page = await call<{ total: number }>('preview:page', { datasetId: info.datasetId, mapping, offset: 0, limit: 10, filter: 'all' });
    expect(page.total).toBe(info.rowCount);
    const { jobId } = await call<{ jobId: string }>('upload:start', { datasetId: info.datasetId, mapping, adAccountId: account.id, test: true });
    let status = await call<{ state: string; counts: { rows: number; sent: number; rejected: number; invalid: number; skipped: number; possiblySent: number; duplicate: number; pending: number } }>('upload:status', { jobId });
    while (status.state === 'queued' || status.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      status = await call('upload:status', { jobId });
    }
    expect(status.state).toBe('done');
    const c = status.counts;
    expect(c.sent + c.rejected + c.invalid + c.skipped + c.possiblySent + c.duplicate + c.pending).toBe(c.rows);
    expect(c.sent).toBeGreaterThan(0);
    expect(progress.at(-1)?.state).toBe('done');
    const report = await call<{ path: string; rows: number }>('report:export', { jobId, path: join(root, 'report.csv') });
    expect(readFileSync(report.path, 'utf8').length).toBeGreaterThan(0);
    const { entries } = await call<{ entries: Array<{ jobId: string }> }>('history:list', {});
    expect(entries.map((e) => e.jobId)).toContain(jobId);
  });
});
