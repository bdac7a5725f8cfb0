import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/app/backend/create-backend';
import { createBackend } from '../../../electron/app/backend/create-backend';
import type { Bridge } from '../../../electron/app/bridge/bridge';
import { startBridge } from '../../../electron/app/bridge/bridge';
import { loadConfig } from '../../../electron/app/config';
import { connectionSecretSchema } from '../../../electron/app/session/connection-index';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import type { Mapping } from '../../../electron/shared/mapping';
import { approveInBrowser, testEncryptor } from '../pinterest/sandbox-fixtures';
import type { Canaries } from './privacy-helpers';
import { canarySheet, fakeRendererBuild, filesUnder, hashNeedles, makeCanaries, rawNeedles, scanFiles, sha256 } from './privacy-helpers';

// PRIV-02 / CRED-05 / issue 3 "Done means", for the WHOLE app: the real backend (createBackend,
// every service, the file logger at debug level, encrypted secrets) served by the real loopback
// bridge, driven as the browser shell drives it, against a real sandbox for the user's Pinterest
// and the embedded one for the Sandbox sign-in. Afterwards every byte the app left in its data
// folder (logs, settings, connections, secrets, history, journals, ledgers, job files,
// templates, recent files, staging, the sample copy) is searched for the raw canaries, their
// SHA-256 hashes and every token. The journal and ledger get no exception: they hold event ids
// (derived from order ids here), payload hashes and counts, never a hash of an identifier.

const rows = 12;
let sandbox: Sandbox;
let root: string;
let dataDir: string;
let outside: string;
let backend: Backend;
let bridge: Bridge;
let started: number;
const c: Canaries = makeCanaries();
const canaryToken = `pina_canary${Buffer.from(c.ssn).toString('hex')}`;
const encryptor = testEncryptor();

beforeAll(async () => {
  started = Date.now();
  sandbox = await startSandbox({ testRatePerSecond: 1000 });
  sandbox.tokens.add({ token: canaryToken, kind: 'conversion' });
  root = mkdtempSync(join(tmpdir(), 'cu-privacy-'));
  dataDir = join(root, 'data');
  outside = join(root, 'documents');
  mkdirSync(outside);
  const env = {
    PINTEREST_API_BASE: sandbox.baseUrl,
    PINTEREST_OAUTH_AUTHORIZE_URL: sandbox.authorizeUrl,
    PINTEREST_CLIENT_ID: sandbox.oauthClient.clientId,
    PINTEREST_CLIENT_SECRET: sandbox.oauthClient.clientSecret,
    CU_LOG_LEVEL: 'debug',
  };
  backend = await createBackend({ config: loadConfig({ env, dataDirArg: dataDir }), shell: 'browser', encryptor, secureBackend: { backend: 'keychain', secure: true } });
  bridge = await startBridge({ backend, staticDir: fakeRendererBuild(root) });
});

afterAll(async () => {
  await bridge?.close();
  await backend?.close();
  await sandbox?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Every answer the page received (PRIV-04: the unmapped column never crosses). */
const answers: string[] = [];

/** Calls a channel through the bridge exactly as the browser page does. */
async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const response = await fetch(`${bridge.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'x-bridge-secret': bridge.secret, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  answers.push(`${channel} ${text}`);
  const result = JSON.parse(text) as { ok: boolean; value?: T; error?: { kind: string; message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.kind} ${result.error?.message}`);
  return result.value as T;
}

/** Drops a file on the page: the bridge keeps a temporary copy and answers its path. */
async function stage(name: string, text: string): Promise<string> {
  const response = await fetch(`${bridge.origin}/api/stage-file?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'x-bridge-secret': bridge.secret }, body: text });
  const result = (await response.json()) as { ok: boolean; value: { path: string } };
  expect(result.ok).toBe(true);
  return result.value.path;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

type Progress = { state: string; counts: Record<string, number> };
const finished = (jobId: string) => until(() => call<Progress>('upload:status', { jobId }), (p) => !['queued', 'running'].includes(p.state));

const mapping: Mapping = {
  version: 1,
  fields: {
    event_name: { column: 'event_name' },
    action_source: { value: 'offline' },
    event_time: { column: 'event_time' },
    'user_data.em': { column: 'email' },
    'user_data.ph': { column: 'phone' },
    'user_data.fn': { column: 'first_name' },
    'user_data.ln': { column: 'last_name' },
    'user_data.ct': { column: 'city' },
    'custom_data.order_id': { column: 'order_id' },
    'custom_data.value': { column: 'value' },
    'custom_data.currency': { column: 'currency' },
  },
  options: { timezone: 'UTC', defaultCountry: 'US' },
};

describe('whole-app canary scan', () => {
  it('after sign-in, mapping, preview, test + live upload, re-send, reports and sign-out, nothing personal or secret is left', { timeout: 120_000 }, async () => {
    const tokens: string[] = [canaryToken, sandbox.oauthClient.clientSecret];
    const traced: string[] = [];
    await call('app:info');

    // Sign in three ways: the embedded Sandbox, Pinterest OAuth (the sandbox's consent page), and a canary conversion token (active last).
    await call('auth:sign-in-sandbox');
    const oauth = await call<{ authorizeUrl: string }>('auth:oauth-start');
    // The OAuth state is in the authorize URL by design; it must not reach the disk either.
    const oauthState = new URL(oauth.authorizeUrl).searchParams.get('state')!;
    expect((await approveInBrowser(oauth.authorizeUrl)).status).toBe(200);
    const afterOauth = await until(() => call<{ lastError?: unknown; method?: string }>('auth:status'), (s) => s.method === 'oauth' || s.lastError !== undefined);
    expect(afterOauth, JSON.stringify(afterOauth)).toMatchObject({ method: "oauth" });
    const accounts = await call<{ accounts: Array<{ id: string }> }>('accounts:list');
    const account = accounts.accounts[0]!.id;
    await call('accounts:choose', { adAccountId: account });
    await call('auth:sign-in-token', { token: canaryToken, adAccountId: account, label: 'Canary shop' });
    const ciphertexts = readdirSync(join(dataDir, 'secrets')).filter((n) => n.startsWith('conn-'));
    expect(ciphertexts.length).toBe(2); // OAuth + token; Sandbox tokens never reach the disk
    for (const name of ciphertexts) {
      const bytes = readFileSync(join(dataDir, 'secrets', name));
      const secret = connectionSecretSchema.parse(JSON.parse((await encryptor.decrypt(bytes.subarray(4))).text));
      tokens.push(secret.accessToken, ...(secret.refreshToken ? [secret.refreshToken] : []));
      tokens.push(bytes.subarray(4, 44).toString('latin1')); // CRED-05: the ciphertext itself must go too
    }
    expect(tokens).toContain(canaryToken);
    expect(tokens.some((t) => t.startsWith('pinr_'))).toBe(true);

    // Open the file (dropped on the page), map, evaluate, preview (raw values to the caller: the user's own preview).
    const sheet = await stage('orders.csv', canarySheet(c, rows, 'A'));
    const info = await call<{ datasetId: string; rowCount: number }>('dataset:open', { path: sheet });
    expect(info.rowCount).toBe(rows);
    const suggested = await call<{ mapping: Mapping }>('mapping:suggest', { datasetId: info.datasetId });
    expect(JSON.stringify(suggested.mapping)).not.toContain('"ssn"');
    const evaluation = await call<{ invalid: number }>('mapping:evaluate', { datasetId: info.datasetId, mapping });
    expect(evaluation.invalid).toBe(1);
    const page = await call<{ rows: Array<{ cells: Record<string, string>; issues: Array<{ message: string }> }> }>('preview:page', { datasetId: info.datasetId, mapping, offset: 0, limit: 20, filter: 'all' });
    expect(JSON.stringify(page.rows[1]?.issues)).toContain(c.badEmail); // the preview quotes the cell
    const event = await call<{ identity: Array<{ field: string; normalized?: string; hashed?: string }> }>('preview:event', { datasetId: info.datasetId, mapping, row: 2 });
    for (const trace of event.identity) traced.push(...[trace.normalized, trace.hashed].filter((v): v is string => typeof v === 'string' && v.length >= 6));
    expect(traced).toContain(sha256(c.email.toLowerCase()));
    await call('templates:save', { name: 'Canary shop orders', mapping, headers: Object.keys(page.rows[0]!.cells) });

    // Test run, then live, then re-send the fixed row.
    const testJob = await call<{ jobId: string }>('upload:start', { datasetId: info.datasetId, mapping, adAccountId: account, test: true });
    expect((await finished(testJob.jobId)).state).toBe('done');
    const liveJob = await call<{ jobId: string }>('upload:start', { datasetId: info.datasetId, mapping, adAccountId: account, test: false });
    const live = await finished(liveJob.jobId);
    expect(live).toMatchObject({ state: 'done', counts: { sent: rows - 1, invalid: 1 } });
    const fixedSheet = await stage('orders-fixed.csv', canarySheet(c, rows, 'A', true));
    const fixedInfo = await call<{ datasetId: string }>('dataset:open', { path: fixedSheet });
    const resend = await call<{ jobId: string }>('upload:start', { datasetId: fixedInfo.datasetId, mapping, adAccountId: account, test: false, retryOfJobId: liveJob.jobId });
    expect(await finished(resend.jobId)).toMatchObject({ state: 'done', counts: { sent: 1 } });
    await call('upload:problems', { jobId: liveJob.jobId, offset: 0, limit: 50 });
    const history = await call<{ entries: unknown[] }>('history:list');
    expect(history.entries.length).toBe(3);

    // PRIV-01: Pinterest got hashes, never a raw canary.
    const received = JSON.stringify(sandbox.received.events(account));
    expect(received).toContain(sha256(c.email.toLowerCase()));
    expect(received).toContain(sha256(c.fixedEmail.toLowerCase()));
    for (const needle of rawNeedles(c)) expect(received.toLowerCase()).not.toContain(needle.toLowerCase());
    // The hash needles are the real ones: what the app sent for em, ph, fn, ln and ct.
    const tracedHashes = traced.filter((t) => /^[0-9a-f]{64}$/.test(t));
    expect(tracedHashes.length).toBeGreaterThanOrEqual(5);
    for (const hash of [...tracedHashes, sha256(c.phoneDigits)]) expect(received).toContain(hash);
    expect(hashNeedles(c)).toEqual(expect.arrayContaining(tracedHashes));

    // The scan is not blind: while the bridge runs, the staged copies of the user's files and
    // the encrypted secrets are found by it (and only those).
    const hitsNow = scanFiles(filesUnder(dataDir), [...rawNeedles(c), ...tokens]);
    expect(hitsNow.length).toBeGreaterThan(0);
    expect(hitsNow.filter((h) => !h.path.includes(`${join(dataDir, 'staging')}/`) && !h.path.includes(`${join(dataDir, 'secrets')}/`))).toEqual([]);
    expect(hitsNow.some((h) => h.path.includes(`${join(dataDir, 'secrets')}/`))).toBe(true);

    // Reports: to a path the user chose outside the data folder, and streamed to the browser.
    const saved = await call<{ path: string; rows: number }>('report:export', { jobId: liveJob.jobId, path: join(outside, 'report.csv') });
    expect(saved.rows).toBe(rows);
    const savedText = readFileSync(saved.path, 'utf8');
    expect(savedText).toContain(c.email); // the user's own data, where they asked for it
    await expect(call('report:export', { jobId: liveJob.jobId, path: join(dataDir, 'report.csv') })).rejects.toThrow(/validation/);
    const offered = await call<{ path?: string; rows: number; downloadUrl: string }>('report:export', { jobId: liveJob.jobId });
    expect(offered.path).toBeUndefined();
    expect(offered.rows).toBe(rows);
    const download = await fetch(`${bridge.origin}${offered.downloadUrl}`, { headers: { 'x-bridge-secret': bridge.secret } });
    expect(download.status).toBe(200);
    const downloaded = await download.text();
    expect(downloaded).toBe(savedText);
    expect(Papa.parse(downloaded.trim(), { header: true }).data).toHaveLength(offered.rows);
    const summary = await call<{ rows: number; downloadUrl: string }>('report:export', { jobId: liveJob.jobId, valueFree: true });
    const summaryText = await (await fetch(`${bridge.origin}${summary.downloadUrl}`, { headers: { 'x-bridge-secret': bridge.secret } })).text();
    expect(summaryText).toContain('Column email: not a usable email address.');
    expect(Papa.parse(summaryText.trim(), { header: true }).data).toHaveLength(summary.rows);
    expect(scanText(summaryText, [...rawNeedles(c), ...hashNeedles(c, traced)])).toEqual([]);

    // PRIV-04 and CRED-04: no answer to the page held the unmapped column or any token. One
    // exception, reported: dataset:open answers the first values of EVERY column (`samples`, for
    // the mapping step), so the unmapped ssn column does reach the page once, in memory.
    expect(answers.filter((a) => a.includes(c.ssn)).map((a) => a.split(' ')[0])).toEqual(['dataset:open', 'dataset:open']);
    expect(answers.filter((a) => tokens.some((t) => a.includes(t)))).toEqual([]);

    // Sign out of everything (CRED-05).
    const status = await call<{ connections: Array<{ id: string }> }>('auth:status');
    for (const connection of status.connections) await call('auth:sign-out', { connectionId: connection.id });
    expect((await call<{ connections: unknown[]; signedIn: boolean }>('auth:status')).connections).toEqual([]);
    await bridge.close();
    await backend.close();

    const files = filesUnder(dataDir);
    // Not vacuous: the app wrote its logs, settings, history, journals and ledgers here.
    for (const part of ['logs', 'history', 'uploads', 'ledger', 'templates', 'connections', 'recent-files', 'account-choices']) expect(files.some((f) => f.slice(dataDir.length).includes(part)), part).toBe(true);
    expect(statSync(join(dataDir, 'logs', 'app.log')).size).toBeGreaterThan(0);
    expect(readFileSync(join(dataDir, 'logs', 'app.log'), 'utf8')).toContain('"channel":"upload:start"');
    // Nothing is left in staging, no report folder, no connection secret.
    expect(files.filter((f) => f.includes(`${join(dataDir, 'staging')}/`))).toEqual([]);
    expect(files.filter((f) => f.includes(join(dataDir, 'reports')))).toEqual([]);
    expect(files.filter((f) => /[/\\]secrets[/\\]conn-/.test(f))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dataDir, 'connections.json'), 'utf8'))).toMatchObject({ connections: [] });
    // What survives sign-out: the last chosen ad account per user, keyed by a truncated hash (no
    // account list, no name). Issue 3 asks to remember it per user; reported as a CRED-05 question.
    const choices = JSON.parse(readFileSync(join(dataDir, 'account-choices.json'), 'utf8')) as { byUser: Record<string, string> };
    expect(Object.entries(choices.byUser).every(([key, id]) => /^[0-9a-f]{24}$/.test(key) && /^\d{1,18}$/.test(id))).toBe(true);

    const needles = [...rawNeedles(c), ...hashNeedles(c, traced), ...tokens, oauthState];
    expect(scanFiles(files, needles)).toEqual([]);
    // The temp folder too (write-then-rename files, worker spills): files of this run outside our own folder.
    const temp = filesUnder(tmpdir()).filter((f) => !f.startsWith(root) && smallAndNew(f, started));
    expect(scanFiles(temp, needles, false)).toEqual([]);
  });
});

/** Written since `since` and under 64 MiB (other people's big benchmark files are not ours to read). */
function smallAndNew(path: string, since: number): boolean {
  try {
    const stat = statSync(path);
    return stat.mtimeMs >= since && stat.size < 64 * 1024 * 1024;
  } catch {
    return false;
  }
}

function scanText(text: string, needles: string[]): string[] {
  const lower = text.toLowerCase();
  return needles.filter((n) => lower.includes(n.toLowerCase())).map((n) => `${n.slice(0, 10)}…`);
}
