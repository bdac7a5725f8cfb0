import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { itemCode } from '../../../electron/core/upload/item-codes';
import { reconciles } from '../../../electron/core/upload/row-tally';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { sandboxOAuth } from './sandbox-oauth';
import { makeCsv, tempDir } from './upload-fixtures';
import { idsByCode, runToEnd, sandboxManager, startRequest } from './upload-harness';

// TEST-01 / TEST-04 / REL-09 / REL-10: scripted faults against the real sandbox over HTTP.
let sandbox: Sandbox;
const tmp = tempDir();
beforeAll(async () => {
  sandbox = await startSandbox({ recordEvents: 'ids' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

describe('upload under scripted faults', () => {
  test('429 every 7th, 500 every 11th, reset every 13th, a slow answer past the timeout, 401 mid-run: every row once or named possibly sent', async () => {
    const account = sandbox.adAccountIds[0]!;
    const oauth = await sandboxOAuth(sandbox);
    sandbox.faults.add({ nth: 4, delayMs: 2500, process: true, name: 'slow' });
    sandbox.faults.add({ every: 7, respond: { status: 429 } });
    sandbox.faults.add({ every: 11, respond: { status: 500 } });
    sandbox.faults.add({ every: 13, action: 'reset' });
    sandbox.faults.add({ afterCalls: 30, respond: { status: 401 }, times: 1 });
    const file = tmp.file('faults.csv', makeCsv({ rows: 6000, invalid: [5] }));
    const { manager, close } = sandboxManager(sandbox, {
      dataDir: `${tmp.dir}/data`, tokens: oauth.tokens, timeoutMs: 1000,
      policy: { batch: { maxEvents: 100, maxBytes: 2 * 1024 * 1024 }, concurrency: { initial: 4, max: 6 } },
    });
    const request = await startRequest(file, account, false);
    const first = await runToEnd(manager, request);
    sandbox.faults.clear();
    expect(first.state).toBe('done');
    expect(reconciles(first.counts)).toBe(true);
    expect(first.counts.pending).toBe(0);
    expect(first.retries).toBeGreaterThan(0);
    expect(oauth.refreshes()).toBe(1);
    const statuses = sandbox.received.requests.filter((r) => r.path.endsWith('/events')).map((r) => r.status);
    for (const status of [429, 500, 401, 0]) expect(statuses).toContain(status);
    expect(sandbox.received.requests.every((r) => !r.test)).toBe(true);
    const ids = await idsByCode(manager, first.jobId);
    const sent = ids.get(itemCode.sent) ?? new Set();
    const possibly = ids.get(itemCode.inflight) ?? new Set();
    expect(possibly.size).toBe(first.counts.possiblySent);
    expect(possibly.size).toBeGreaterThan(0); // the slow answer and the resets
    const counts = sandbox.received.eventIdCounts(account);
    for (const [id, n] of counts) {
      expect(n).toBe(1);
      expect(sent.has(id) || possibly.has(id)).toBe(true);
    }
    for (const id of sent) expect(counts.get(id)).toBe(1);
    expect(sent.size + possibly.size).toBe(5999);
    // The slow batch was recorded by Pinterest although its answer was lost: possibly sent, not resent.
    expect([...possibly].some((id) => counts.get(id) === 1)).toBe(true);

    // With the user's consent the possibly-sent rows are sent again (same event ids).
    const resumed = await manager.resume(first.jobId, true);
    expect(resumed.ok).toBe(true);
    const second = await manager.wait(first.jobId);
    expect(second?.state).toBe('done');
    expect(second?.counts).toMatchObject({ sent: 5999, possiblySent: 0, invalid: 1, pending: 0 });
    const after = sandbox.received.eventIdCounts(account);
    expect(after.size).toBe(5999);
    for (const [id, n] of after) if (n > 1) expect(possibly.has(id)).toBe(true);
    close();
  }, 120_000);
});
