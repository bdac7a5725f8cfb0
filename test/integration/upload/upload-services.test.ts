import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { silentLogger } from '../../../electron/core/ports';
import type { Emit, ServiceContext } from '../../../electron/app/backend/handler-types';
import { DatasetRegistry } from '../../../electron/app/files/dataset-registry';
import { createPinterestClient } from '../../../electron/app/pinterest/pinterest-client';
import { staticTokenSource } from '../../../electron/app/pinterest/token-source';
import { historyService } from '../../../electron/app/services/history-service';
import { reportService } from '../../../electron/app/services/report-service';
import type { UploadServiceDeps } from '../../../electron/app/services/upload-service';
import { uploadService } from '../../../electron/app/services/upload-service';
import type { SessionManager } from '../../../electron/app/session/session-manager';
import type { EventPayload } from '../../../electron/shared/contract';
import { ok } from '../../../electron/shared/result';
import type { Sandbox } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import { fastRetries } from './upload-harness';
import { makeCsv, tempDir, testMapping } from './upload-fixtures';

// The upload, history and report services as the backend serves them: a dataset opened in the
// registry, progress pushed as events, jobs listed again by a fresh backend on the same folder.
let sandbox: Sandbox;
const tmp = tempDir('cu-services-');
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

// The auth area's SessionManager is what the backend passes as `connections`.
const _sessionsFit: (s: SessionManager) => UploadServiceDeps['connections'] = (s) => s;

function backend(dataDir: string, datasets: DatasetRegistry) {
  const events: EventPayload<'upload:progress'>[] = [];
  const emit: Emit = (name, payload) => {
    if (name === 'upload:progress') events.push(payload as EventPayload<'upload:progress'>);
  };
  const ctx: ServiceContext = { dataDir, emit, log: silentLogger };
  const client = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: staticTokenSource(sandbox.conversionToken) });
  const connection = { connectionId: 'c1', apiBaseUrl: sandbox.baseUrl, client };
  const uploads = uploadService(ctx, { datasets, connections: { activeClient: async () => ok(connection), clientFor: async () => ok(connection) }, policy: fastRetries });
  return { events, uploads, history: historyService(ctx), report: reportService(ctx, { manager: uploads.manager }), close: () => client.close() };
}

describe('upload services', () => {
  test('start → progress events → problems → report → history; a new backend lists the job again', async () => {
    void _sessionsFit;
    const dataDir = `${tmp.dir}/data`;
    const datasets = new DatasetRegistry();
    const dataset = await datasets.open(tmp.file('s.csv', makeCsv({ rows: 3000, invalid: [2], salt: 'S' })));
    const b = backend(dataDir, datasets);
    const account = sandbox.adAccountIds[0]!;
    const started = await b.uploads.handlers['upload:start']({ datasetId: dataset.id, mapping: testMapping, adAccountId: account, test: false });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const { jobId } = started.value;
    const done = await b.uploads.manager.wait(jobId);
    expect(done).toMatchObject({ state: 'done', counts: { sent: 2999, invalid: 1, pending: 0 } });
    expect(b.events.length).toBeGreaterThanOrEqual(2);
    expect(b.events.at(-1)).toMatchObject({ jobId, state: 'done' });
    const jobs = await b.uploads.handlers['upload:jobs']({});
    expect(jobs.ok && jobs.value.jobs.map((j) => j.jobId)).toEqual([jobId]);
    const problems = await b.uploads.handlers['upload:problems']({ jobId, offset: 0, limit: 10 });
    expect(problems.ok && problems.value).toMatchObject({ total: 1, rows: [{ row: 4, status: 'invalid', message: expect.stringMatching(/email/) }] });
    const report = await b.report['report:export']({ jobId, path: `${tmp.dir}/s-report.csv` });
    expect(report.ok && report.value.rows).toBe(3000);
    expect(readFileSync(`${tmp.dir}/s-report.csv`, 'utf8').split('\r\n')[0]).toContain('Upload status');
    const history = await b.history['history:list']({});
    expect(history.ok && history.value.entries[0]).toMatchObject({ jobId, test: false, fileName: 's.csv', state: 'done', counts: { sent: 2999 } });
    await b.uploads.close();
    b.close();

    // The window (or the whole backend) went away and came back: the job is still there.
    const again = backend(dataDir, new DatasetRegistry());
    const listed = await again.uploads.handlers['upload:status']({ jobId });
    expect(listed.ok && listed.value).toMatchObject({ state: 'done', counts: { sent: 2999, invalid: 1 } });
    const stored = await again.uploads.handlers['upload:problems']({ jobId, offset: 0, limit: 10 });
    expect(stored.ok && stored.value.rows[0]).toMatchObject({ row: 4, status: 'invalid', message: expect.stringMatching(/report/) });
    again.close();
  });

  test('a paused job survives a backend restart and resumes from its journal', async () => {
    const dataDir = `${tmp.dir}/data2`;
    const datasets = new DatasetRegistry();
    const dataset = await datasets.open(tmp.file('p.csv', makeCsv({ rows: 5000, salt: 'PS' })));
    const b = backend(dataDir, datasets);
    const account = sandbox.adAccountIds[1]!;
    sandbox.faults.add({ delayMs: 30, adAccountId: account });
    const started = await b.uploads.handlers['upload:start']({ datasetId: dataset.id, mapping: testMapping, adAccountId: account, test: false });
    if (!started.ok) throw new Error(started.error.message);
    await new Promise((r) => setTimeout(r, 60));
    await b.uploads.handlers['upload:pause']({ jobId: started.value.jobId });
    const paused = await b.uploads.manager.wait(started.value.jobId);
    sandbox.faults.clear();
    expect(paused?.state).toBe('paused');
    await b.uploads.close();
    b.close();
    const again = backend(dataDir, new DatasetRegistry());
    const resumed = await again.uploads.handlers['upload:resume']({ jobId: started.value.jobId });
    expect(resumed.ok).toBe(true);
    const done = await again.uploads.manager.wait(started.value.jobId);
    expect(done).toMatchObject({ state: 'done', counts: { sent: 5000, pending: 0, possiblySent: 0 } });
    expect([...sandbox.received.eventIdCounts(account).values()].every((n) => n === 1)).toBe(true);
    expect(sandbox.received.eventIdCounts(account).size).toBe(5000);
    again.close();
  });
});
