import { appendFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { makeCsv, testMapping } from './upload-fixtures';
import { runToEnd, sandboxManager, sharedSandbox, startRequest } from './upload-harness';

// Recoveries: an expired conversion token (REL-10, pasted-token branch), re-sending only the
// failed rows of a test run after a fix (REL-11), and a file that changed before a resume.
const suite = sharedSandbox({ maxEventAgeDays: 7 }, 'cu-recovery-');
const { tmp, dataDir } = suite;
const nowSec = Math.floor(Date.now() / 1000);

describe('recoveries', () => {
  test('401 with a conversion token pauses ("enter a new token"); with a new token the resume sends the rest, nothing twice', async () => {
    const account = suite.sandbox.adAccountIds[0]!;
    let token = 'pina_first_token';
    suite.sandbox.tokens.add({ token, kind: 'conversion' });
    suite.sandbox.faults.add({ afterCalls: 3, respond: { status: 401 }, times: 1 });
    const file = tmp.file('auth.csv', makeCsv({ rows: 4000, salt: 'AU' }));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dataDir(), tokens: { accessToken: async () => token }, policy: { concurrency: { initial: 1, max: 1 } } });
    const paused = await runToEnd(manager, await startRequest(file, account, false));
    expect(paused).toMatchObject({ state: 'paused', errorKind: 'auth', counts: { sent: 3000, pending: 1000 } });
    expect(paused.reason).toMatch(/Nothing was lost.*new token.*resume/);
    token = 'pina_second_token';
    suite.sandbox.tokens.add({ token, kind: 'conversion' });
    expect((await manager.resume(paused.jobId, false)).ok).toBe(true);
    expect(await manager.wait(paused.jobId)).toMatchObject({ state: 'done', counts: { sent: 4000, pending: 0 } });
    const counts = suite.sandbox.received.eventIdCounts(account);
    expect(counts.size).toBe(4000);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    close();
  });

  test('re-send only the failed rows of a TEST run after fixing them', async () => {
    const account = suite.sandbox.adAccountIds[1]!;
    const stale = Math.floor(Date.now() / 1000) - 10 * 86_400; // Pinterest refuses events older than 7 days
    const lenient = { ...testMapping, options: { ...testMapping.options, maxEventAgeDays: 30 } };
    const text = makeCsv({ rows: 300, salt: 'RT', nowSec });
    const lines = text.split('\r\n');
    const staleLines = [5, 6, 200];
    for (const i of staleLines) lines[i] = lines[i]!.replace(/,\d{4}-\d\d-\d\dT[^,]+Z,/, `,${new Date(stale * 1000).toISOString()},`);
    const file = tmp.file('retry.csv', lines.join('\r\n'));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dataDir() });
    const first = await runToEnd(manager, await startRequest(file, account, true, lenient));
    expect(first.counts).toMatchObject({ sent: 297, rejected: 3 });
    // The user fixes the three rows (same orders, current times) and re-sends only those.
    for (const i of staleLines) lines[i] = lines[i]!.replace(/,\d{4}-\d\d-\d\dT[^,]+Z,/, `,${new Date((nowSec - 7200) * 1000).toISOString()},`);
    const fixed = tmp.file('retry-fixed.csv', lines.join('\r\n'));
    const before = suite.sandbox.received.requests.length;
    const retry = await runToEnd(manager, { ...(await startRequest(fixed, account, true, lenient)), retryOfJobId: first.jobId });
    expect(retry.counts).toMatchObject({ sent: 3, rejected: 0, skipped: 297, pending: 0 });
    const sentEvents = suite.sandbox.received.requests.slice(before).filter((r) => r.path.endsWith('/events')).reduce((s, r) => s + r.events, 0);
    expect(sentEvents).toBe(3);
    close();
  });

  test('a file that changed since the upload started is not resumed', async () => {
    const account = suite.sandbox.adAccountIds[2]!;
    suite.sandbox.faults.add({ respond: { status: 503, body: { code: 4197, message: 'down' } } });
    const file = tmp.file('changed.csv', makeCsv({ rows: 100, salt: 'CH' }));
    const { manager, close } = sandboxManager(suite.sandbox, { dataDir: dataDir(), policy: { budget: { maxAttemptsPerBatch: 1, maxRetryWaitMs: 1 } } });
    const paused = await runToEnd(manager, await startRequest(file, account, false));
    expect(paused.state).toBe('paused');
    appendFileSync(file, 'X-1,x@example.com,,,,2025-01-01T00:00:00Z,1,USD,checkout,,\r\n');
    const resumed = await manager.resume(paused.jobId, false);
    expect(resumed).toMatchObject({ ok: false, error: { kind: 'file', message: expect.stringMatching(/changed since this upload started/) } });
    close();
  });
});
