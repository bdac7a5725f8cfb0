import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jobMetaSchema } from '../../../electron/app/upload/job-files';
import { openJobItems } from '../../../electron/app/upload/file-items';
import { reconciles } from '../../../electron/core/upload/row-tally';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import type { Canaries } from './upload-fixtures';
import { makeCsv, tempDir, testMapping } from './upload-fixtures';

// TEST-02 + PRIV-02: SIGKILL the real CLI in the middle of a 50,000-row send, resume it, and
// prove that the sandbox got every row once (or the report names it possibly sent), then scan
// the data folder (journal, ledger, history, logs) for the canary personal data.
const root = resolve(__dirname, '../../..');
const cli = join(root, 'out/node/cli.js');
const rows = 50_000;
let sandbox: Sandbox;
const tmp = tempDir('cu-kill-');
const canaries: Canaries = { email: `canary-${randomUUID()}@example.test`, phone: '+1 202 555 0147', name: `Canaryname${randomUUID().slice(0, 8)}`, ssn: randomUUID() };

beforeAll(async () => {
  // ensure-built rebuilds only when sources changed; a second try covers a build that another
  // process was running at the same moment (the build empties out/ first).
  for (let attempt = 0; attempt < 3; attempt++) {
    const build = spawnSync(process.execPath, [join(root, 'scripts/ensure-built.mjs')], { cwd: root, stdio: 'ignore' });
    if (build.status === 0 && existsSync(cli)) break;
    await new Promise((r) => setTimeout(r, 3000));
  }
  if (!existsSync(cli)) throw new Error('out/node/cli.js could not be built');
  sandbox = await startSandbox({ recordEvents: 'ids' });
}, 180_000);
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

function send(args: string[], onRequest?: (child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  const child = spawn(process.execPath, [cli, 'send', ...args], { env: { ...process.env, PINTEREST_TOKEN: sandbox.conversionToken, CU_LOG_LEVEL: 'debug' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.resume();
  const timer = onRequest ? setInterval(() => onRequest(child), 2) : undefined;
  return new Promise((done) => child.on('exit', (code, signal) => {
    clearInterval(timer);
    done({ code, signal, stdout });
  }));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('CLI send: SIGKILL mid-run, then --resume', () => {
  test('every event is received once or named possibly sent; no canary on disk', async () => {
    const account = sandbox.adAccountIds[0]!;
    const file = tmp.file('big.csv', makeCsv({ rows, invalid: [10, 20_000], canaries }));
    const mapping = tmp.file('mapping.json', JSON.stringify(testMapping));
    const dataDir = join(tmp.dir, 'data');
    const base = ['--ad-account', account, '--api-base', sandbox.baseUrl, '--mapping', mapping, '--data-dir', dataDir, '--json', '--rate-limit', '900'];
    const events = () => sandbox.received.requests.filter((r) => r.path.endsWith('/events')).length;
    const killed = await send([file, ...base], (child) => {
      if (events() >= 8 && !child.killed) child.kill('SIGKILL');
    });
    expect(killed.signal).toBe('SIGKILL');
    const receivedBefore = sandbox.received.totalEvents();
    expect(receivedBefore).toBeGreaterThan(0);
    expect(receivedBefore).toBeLessThan(rows);

    const report = join(tmp.dir, 'report.csv');
    const resumed = await send([file, ...base, '--resume', '--report', report]);
    expect(resumed.code).toBe(1); // two invalid rows (and maybe possibly-sent ones)
    const summary = JSON.parse(resumed.stdout) as { state: string; resumed: boolean; counts: Parameters<typeof reconciles>[0] };
    expect(summary).toMatchObject({ state: 'done', resumed: true });
    expect(reconciles(summary.counts)).toBe(true);
    expect(summary.counts).toMatchObject({ rows, invalid: 2, pending: 0 });
    expect(summary.counts.sent + summary.counts.possiblySent).toBe(rows - 2);

    // Join the report to the event ids re-derived from the file.
    const jobDir = readdirSync(join(dataDir, 'uploads'))[0]!;
    const meta = jobMetaSchema.parse(JSON.parse(readFileSync(join(dataDir, 'uploads', jobDir, 'job.json'), 'utf8')));
    const stream = await openJobItems(meta, { workers: 0 });
    if (!stream.ok) throw new Error(stream.error.message);
    const idOfLine = new Map<number, string>();
    for await (const chunk of stream.value(new AbortController().signal)) for (const item of chunk.items) for (const line of item.rows) idOfLine.set(line, item.eventId);
    const counts = sandbox.received.eventIdCounts(account);
    const lines = Papa.parse<Record<string, string>>(readFileSync(report, 'utf8'), { header: true, skipEmptyLines: true, delimiter: ',' }).data;
    expect(lines).toHaveLength(rows);
    const possibly = lines.filter((l) => l['Upload status'] === 'possibly sent');
    expect(possibly).toHaveLength(summary.counts.possiblySent);
    for (const line of lines) {
      const id = idOfLine.get(Number(line['Upload row']))!;
      if (line['Upload status'] === 'sent') expect(counts.get(id)).toBe(1);
      else if (line['Upload status'] === 'possibly sent') expect(counts.get(id) ?? 0).toBeLessThanOrEqual(1);
      else expect(line['Upload status']).toBe('invalid');
    }
    expect(Math.max(...counts.values())).toBe(1);

    // PRIV-02: nothing under the data folder holds a canary, raw, lowercased or hashed.
    const email = canaries.email.toLowerCase();
    const needles = [canaries.email, email, canaries.phone, canaries.name, canaries.name.toLowerCase(), canaries.ssn, '12025550147',
      createHash('sha256').update(email).digest('hex'), createHash('sha256').update(canaries.name.toLowerCase()).digest('hex')];
    const files = filesUnder(dataDir);
    expect(files.some((f) => f.endsWith('.log') && statSync(f).size > 0)).toBe(true);
    for (const path of files) {
      const text = readFileSync(path).toString('latin1');
      for (const needle of needles) expect(text.includes(needle), `${needle} in ${path}`).toBe(false);
    }
    // The report is the user's own data back to them, at the path they chose.
    expect(readFileSync(report, 'utf8')).toContain(canaries.email);
    writeFileSync(join(tmp.dir, 'done'), '');
  }, 180_000);
});
