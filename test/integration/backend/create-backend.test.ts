import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/app/backend/create-backend';
import { createBackend } from '../../../electron/app/backend/create-backend';
import { loadConfig } from '../../../electron/app/config';
import { channelNames } from '../../../electron/shared/channel-names';

// The real composition: every landed service slice behind one dispatch, a fresh data folder.

// Channels whose service has not landed yet. This list only shrinks; the product ships with none.
const pending = [
  'mapping:suggest', 'mapping:evaluate', 'mapping:parse', 'mapping:catalog',
  'templates:list', 'templates:save', 'templates:rename', 'templates:delete',
  'preview:page', 'preview:event',
  'upload:start', 'upload:pause', 'upload:resume', 'upload:cancel', 'upload:status', 'upload:jobs', 'upload:problems',
  'report:export', 'history:list',
];

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
    expect(await backend.dispatch('app:info', {})).toEqual({ ok: true, value: { version: expect.any(String), shell: 'browser', platform: process.platform } });
    expect(statSync(join(root, 'data')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(root, 'data', 'logs'))).toContain('app.log');
  });

  it('answers a pending channel as data, never with a throw', async () => {
    const result = await backend.dispatch(pending[0] ?? 'app:info', {});
    expect(result.ok === false || pending.length === 0).toBe(true);
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
