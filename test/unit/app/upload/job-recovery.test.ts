import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { StateRecord } from '../../../../electron/core/upload/journal-records';
import { jobPaths, writeJobMeta } from '../../../../electron/app/upload/job-files';
import { rewriteJournal } from '../../../../electron/app/upload/job-journal';
import { handleFromDisk, interruptedReason, purgeOldJobs } from '../../../../electron/app/upload/job-recovery';
import { headerFor } from '../../../../electron/app/upload/job-runner';

const day = 86_400_000;
const now = Date.UTC(2026, 5, 1);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function job(dataDir: string, jobId: string, last?: StateRecord) {
  const meta = { jobId, adAccountId: '1', test: false, datasetPath: '/x.csv', fileName: 'x.csv', fingerprint: 'f', rowCount: 3, mapping: { version: 1 as const, fields: {}, options: {} }, mappingHash: 'm', createdAt: now - 90 * day, force: false, buildOptions: {}, tableOptions: {}, apiBaseUrl: 'https://api.pinterest.com/v5' };
  await writeJobMeta(dataDir, meta);
  rewriteJournal(jobPaths(dataDir, jobId).journal, last ? [headerFor(meta), last] : [headerFor(meta)]);
}

describe('job recovery and purge (PRIV-05)', () => {
  test('finished journals older than the policy are purged; recent, paused and interrupted ones stay', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cu-purge-'));
    dirs.push(dataDir);
    await job(dataDir, 'old-done', { t: 's', state: 'done', at: now - 31 * day });
    await job(dataDir, 'old-cancelled', { t: 's', state: 'cancelled', at: now - 40 * day });
    await job(dataDir, 'recent-done', { t: 's', state: 'done', at: now - 29 * day });
    await job(dataDir, 'old-paused', { t: 's', state: 'paused', at: now - 90 * day });
    await job(dataDir, 'interrupted', { t: 's', state: 'running', at: now - 90 * day });
    expect(purgeOldJobs(dataDir, now, 30).sort()).toEqual(['old-cancelled', 'old-done']);
    for (const id of ['recent-done', 'old-paused', 'interrupted']) expect(existsSync(jobPaths(dataDir, id).dir)).toBe(true);
    expect(existsSync(jobPaths(dataDir, 'old-done').dir)).toBe(false);
  });

  test('a job whose last record says running was interrupted: offered as paused', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cu-recover-'));
    dirs.push(dataDir);
    await job(dataDir, 'crashed', { t: 's', state: 'running', at: now });
    await job(dataDir, 'finished', { t: 's', state: 'done', at: now, counts: { rows: 3, sent: 3, rejected: 0, invalid: 0, skipped: 0, possiblySent: 0, duplicate: 0, pending: 0 } });
    expect(handleFromDisk(dataDir, 'crashed')).toMatchObject({ state: 'paused', reason: interruptedReason });
    expect(handleFromDisk(dataDir, 'finished')).toMatchObject({ state: 'done', counts: { sent: 3 }, finishedAt: now });
  });
});
