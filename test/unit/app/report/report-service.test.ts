import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../../electron/app/backend/handler-types';
import { reportFileName, reportService } from '../../../../electron/app/services/report-service';
import type { JobHandle } from '../../../../electron/app/upload/job-progress';
import type { JobManager } from '../../../../electron/app/upload/job-manager';
import { silentLogger } from '../../../../electron/core/ports';

// The report service's guards: no report is ever kept in the data folder.

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cu-report-svc-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const ctx = (): ServiceContext => ({ dataDir, emit: () => {}, log: silentLogger });
const job = { meta: { jobId: 'j1', fileName: 'orders.csv', test: false, datasetPath: '/nowhere/orders.csv' }, counts: {} } as unknown as JobHandle;
const manager = { get: (id: string) => (id === 'j1' ? job : undefined) } as unknown as JobManager;

describe('report service', () => {
  it('deletes reports an earlier version left in <dataDir>/reports (they hold raw rows)', () => {
    mkdirSync(join(dataDir, 'reports'));
    writeFileSync(join(dataDir, 'reports', 'orders-report-1.csv'), 'email\nann@example.test\n');
    reportService(ctx(), { manager });
    expect(existsSync(join(dataDir, 'reports'))).toBe(false);
  });

  it.each([
    ['relative.csv', /full path/],
    ['<data>/report.csv', /outside the app's data folder/],
    ['<data>/logs/../report.csv', /outside the app's data folder/],
    ['<data>', /outside the app's data folder/],
  ])('refuses to write the report to %j', async (path, message) => {
    const handlers = reportService(ctx(), { manager });
    const result = await handlers['report:export']({ jobId: 'j1', path: path.replace('<data>', dataDir) });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', message: expect.stringMatching(message) } });
  });

  it('offers no download when the upload is unknown or its details are gone', async () => {
    const handlers = reportService(ctx(), { manager });
    expect(await handlers['report:export']({ jobId: 'nope' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await handlers['report:export']({ jobId: 'j1' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('names downloads after the file, the mode and the kind, never with a path', () => {
    expect(reportFileName('../Orders März.xlsx', 'abcdef123456', true, false)).toBe('Orders_M_rz-TEST-report-abcdef12.csv');
    expect(reportFileName('orders.csv', 'abcdef123456', false, true)).toBe('orders-problems-abcdef12.csv');
  });
});
