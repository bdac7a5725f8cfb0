import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { reconciles } from '../../../electron/core/upload/row-tally';
import { exportReport } from '../../../electron/app/report/export-report';
import { ok } from '../../../electron/shared/result';
import { makeCsv } from './upload-fixtures';
import { dataPath, runToEnd, sandboxManager, sharedSandbox, startRequest } from './upload-harness';

// Test mode (REL-12), the ledger, 403, the retry budget (REL-08), 400 bisection (REL-03), the
// rate limiter against the sandbox's default limit, and the report (ING-07, REL-11).
const suite = sharedSandbox();
const { tmp, dataDir } = suite;

describe('test mode', () => {
  test('a TEST run sends every request with test=true, records nothing, and leaves the live ledger untouched', async () => {
    const account = suite.sandbox.adAccountIds[1]!;
    const dir = dataDir();
    const file = tmp.file('t.csv', makeCsv({ rows: 1500, salt: 'T' }));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dir });
    const test1 = await runToEnd(manager, await startRequest(file, account, true));
    expect(test1).toMatchObject({ state: 'done', test: true, counts: { sent: 1500, pending: 0 } });
    expect(test1.reason).toMatch(/TEST run/);
    const requests = suite.sandbox.received.requests.filter((r) => r.path.endsWith('/events'));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.test)).toBe(true);
    expect(suite.sandbox.received.events(account)).toHaveLength(0);
    const ledgers = existsSync(dataPath(dir, 'ledger')) ? readdirSync(dataPath(dir, 'ledger')) : [];
    expect(ledgers).toEqual([]);
    // The live run afterwards sends everything (the test run marked nothing as sent).
    const live = await runToEnd(manager, await startRequest(file, account, false));
    expect(live.counts).toMatchObject({ sent: 1500, skipped: 0 });
    expect(readdirSync(dataPath(dir, 'ledger'))).toHaveLength(1);
    expect(suite.sandbox.received.requests.filter((r) => r.path.endsWith('/events') && !r.test).length).toBeGreaterThan(0);
    expect(suite.sandbox.received.requests.filter((r) => r.path.endsWith('/events')).slice(requests.length).every((r) => !r.test)).toBe(true);
    close();
  });
});

describe('stops', () => {
  test('403: the run stops at once, nothing is lost and the reason is plain', async () => {
    const [allowed, other] = suite.sandbox.adAccountIds as [string, string];
    suite.sandbox.tokens.add({ token: 'pina_only_first', kind: 'conversion', adAccountIds: [allowed] });
    const file = tmp.file('f.csv', makeCsv({ rows: 300, salt: 'F' }));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dataDir(), tokens: { accessToken: async () => 'pina_only_first' } });
    const result = await runToEnd(manager, await startRequest(file, other, false));
    expect(result).toMatchObject({ state: 'failed', errorKind: 'forbidden', counts: { sent: 0, pending: 300 } });
    expect(result.reason).toMatch(/may not send conversions for ad account/);
    expect(suite.sandbox.received.requests.filter((r) => r.path.endsWith('/events'))).toHaveLength(1);
    close();
  });

  test('a permanent 503 spends the retry budget, pauses with a reason, and a resume later completes', async () => {
    const account = suite.sandbox.adAccountIds[0]!;
    suite.sandbox.faults.add({ respond: { status: 503, body: { code: 4197, message: 'ramped down' } } });
    const file = tmp.file('u.csv', makeCsv({ rows: 200, salt: 'U' }));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dataDir(), policy: { budget: { maxAttemptsPerBatch: 3, maxRetryWaitMs: 60_000 }, concurrency: { initial: 1, max: 1 } } });
    const paused = await runToEnd(manager, await startRequest(file, account, false));
    expect(paused).toMatchObject({ state: 'paused', counts: { pending: 200 } });
    expect(paused.reason).toMatch(/after 3 tries.*paused/);
    expect(suite.sandbox.received.requests.filter((r) => r.path.endsWith('/events'))).toHaveLength(3);
    suite.sandbox.faults.clear();
    expect((await manager.resume(paused.jobId, false)).ok).toBe(true);
    const done = await manager.wait(paused.jobId);
    expect(done?.counts).toMatchObject({ sent: 200, pending: 0 });
    close();
  });
});

describe('400 bisection', () => {
  test('poisoned events are isolated and rejected with Pinterest message; every other event is delivered once', async () => {
    const account = suite.sandbox.adAccountIds[2]!;
    const poison = new Set([3, 150, 151, 777]);
    const file = tmp.file('p.csv', makeCsv({ rows: 1000, salt: 'P' }));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dataDir(), poison: (ordinal) => poison.has(ordinal) });
    const result = await runToEnd(manager, await startRequest(file, account, false));
    expect(result).toMatchObject({ state: 'done', counts: { sent: 996, rejected: 4, pending: 0 } });
    const problems = [...(manager.get(result.jobId)?.problems?.values() ?? [])].filter((p) => p.status === 'rejected');
    expect(problems.map((p) => p.rows[0]! - 2).sort((a, b) => a - b)).toEqual([...poison].sort((a, b) => a - b));
    for (const p of problems) expect(p.message).toMatch(/category_name/);
    const counts = suite.sandbox.received.eventIdCounts(account);
    expect(counts.size).toBe(996);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    const requests = suite.sandbox.received.requests.filter((r) => r.path.endsWith('/events')).length;
    expect(requests).toBeLessThanOrEqual(1 + poison.size * (Math.ceil(Math.log2(1000)) + 1));
    close();
  });
});

describe('byte cap', () => {
  test('a batch over the byte cap is halved until it fits; every event is delivered once', async () => {
    const account = suite.sandbox.adAccountIds[2]!;
    const file = tmp.file('bytes.csv', makeCsv({ rows: 2000, salt: 'B' }));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dataDir(), policy: { batch: { maxEvents: 1000, maxBytes: 32 * 1024 } } });
    const result = await runToEnd(manager, await startRequest(file, account, false));
    expect(result.counts).toMatchObject({ sent: 2000, pending: 0 });
    const sizes = suite.sandbox.received.requests.filter((r) => r.path.endsWith('/events')).map((r) => r.events);
    expect(Math.max(...sizes)).toBeLessThan(100); // ~500-byte events: at most ~64 fit in 32 KiB
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(2000);
    expect([...suite.sandbox.received.eventIdCounts(account).values()].every((n) => n === 1)).toBe(true);
    close();
  });
});

describe('rate limit', () => {
  test('a normal upload provokes no 429 at the sandbox default limit', async () => {
    const account = suite.sandbox.adAccountIds[0]!;
    const file = tmp.file('r.csv', makeCsv({ rows: 12_000, salt: 'R' }));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dataDir(), policy: { batch: { maxEvents: 50, maxBytes: 1 << 21 } } });
    const result = await runToEnd(manager, await startRequest(file, account, false));
    expect(result.counts).toMatchObject({ sent: 12_000, pending: 0 });
    const statuses = suite.sandbox.received.requests.filter((r) => r.path.endsWith('/events')).map((r) => r.status);
    expect(statuses).toHaveLength(240);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);
    close();
  });
});

describe('report', () => {
  test('original columns + status + message for every row, formulas defused, counts match', async () => {
    const account = suite.sandbox.adAccountIds[1]!;
    const dir = dataDir();
    const file = tmp.file('rep.csv', makeCsv({ rows: 400, invalid: [7, 8], duplicates: [20], formulas: true, salt: 'Q' }));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dir });
    const result = await runToEnd(manager, await startRequest(file, account, false));
    expect(reconciles(result.counts)).toBe(true);
    const job = manager.get(result.jobId)!;
    const out = `${tmp.dir}/report.csv`;
    expect(await exportReport(dir, job, out, false)).toEqual(ok({ path: out, rows: 400 }));
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), { header: true, skipEmptyLines: true, delimiter: ',' }).data;
    expect(rows).toHaveLength(400);
    const by = (status: string) => rows.filter((r) => r['Upload status'] === status).length;
    expect({ sent: by('sent'), invalid: by('invalid'), duplicate: by('duplicate') }).toEqual({ sent: result.counts.sent, invalid: 2, duplicate: 1 });
    expect(rows[7]).toMatchObject({ 'Upload row': '9', 'Upload status': 'invalid', 'Upload mode': 'LIVE' });
    expect(rows[7]!['Upload message']).toMatch(/email/i);
    expect(rows[0]!.note).toBe("'=1+1");
    expect(rows[4]!.note).toBe("'+SUM(A1)");
    expect(rows[1]!.email).toBe('person1@example.com');
    // Only the problem rows, ready to fix and re-send.
    const problemsOnly = await exportReport(dir, job, `${tmp.dir}/problems.csv`, true);
    expect(problemsOnly.ok && problemsOnly.value.rows).toBe(2);
    close();
  });
});
