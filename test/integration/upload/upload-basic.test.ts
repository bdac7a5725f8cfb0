import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reconciles } from '../../../electron/core/upload/row-tally';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { makeCsv, tempDir } from './upload-fixtures';
import { runToEnd, sandboxManager, startRequest } from './upload-harness';

let sandbox: Sandbox;
const tmp = tempDir();
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

describe('upload against the sandbox', () => {
  test('sends every valid row once; a second upload of the same file sends nothing new', async () => {
    const account = sandbox.adAccountIds[0]!;
    const file = tmp.file('a.csv', makeCsv({ rows: 2500, invalid: [3, 700], duplicates: [10, 20] }));
    const { manager, close } = sandboxManager(sandbox, { dataDir: `${tmp.dir}/data1` });
    const first = await runToEnd(manager, await startRequest(file, account, false));
    expect(first.state).toBe('done');
    expect(reconciles(first.counts)).toBe(true);
    expect(first.counts).toMatchObject({ rows: 2500, sent: 2496, invalid: 2, duplicate: 2, pending: 0, possiblySent: 0 });
    const counts = sandbox.received.eventIdCounts(account);
    expect(counts.size).toBe(2496);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const second = await runToEnd(manager, await startRequest(file, account, false));
    expect(second.counts).toMatchObject({ sent: 0, skipped: 2496, invalid: 2, duplicate: 2 });
    expect(second.reason).toMatch(/Nothing new to send/);
    expect(sandbox.received.eventIdCounts(account).size).toBe(2496);
    close();
  });
});
