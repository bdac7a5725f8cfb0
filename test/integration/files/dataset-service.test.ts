import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/ports';
import type { ServiceContext } from '../../../electron/app/backend/handler-types';
import { DatasetRegistry } from '../../../electron/app/files/dataset-registry';
import { datasetService } from '../../../electron/app/services/dataset-service';
import { channels, events } from '../../../electron/shared/contract';

// The dataset service end to end on real files: scan with progress events, overrides, cancel,
// close, recent files (atomic JSON with no file contents), and file errors as AppErrors.

const fixtures = resolve(__dirname, '../../fixtures/files');

function setup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'dataset-service-'));
  const emitted: Array<{ event: string; payload: unknown }> = [];
  const ctx: ServiceContext = { dataDir, log: silentLogger, emit: (event, payload) => emitted.push({ event, payload }) };
  const registry = new DatasetRegistry();
  let clock = 1_700_000_000_000;
  const service = datasetService(ctx, registry, { now: () => clock++ });
  return { dataDir, emitted, registry, service };
}

describe('dataset service', () => {
  it('opens a CSV: info matches the contract, progress events carry the dataset id', async () => {
    const { service, emitted, registry } = setup();
    const result = await service['dataset:open']({ path: join(fixtures, 'shopify-orders.csv') });
    if (!result.ok) throw new Error(result.error.message);
    const info = channels['dataset:open'].output.parse(result.value);
    expect(info).toMatchObject({ fileName: 'shopify-orders.csv', format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1, rowCount: 6 });
    expect(info.fingerprint).toMatch(/^\d+:[0-9a-f]{64}$/);
    expect(info.samples.Email).toEqual(['anna.schmidt@example.com', 'J.Smith@Example.com ', 'zoe.dupont@example.com']);
    const progress = emitted.filter((e) => e.event === 'dataset:progress').map((e) => events['dataset:progress'].parse(e.payload));
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(new Set(progress.map((p) => p.datasetId))).toEqual(new Set([info.datasetId]));
    expect(progress.at(-1)).toMatchObject({ bytesRead: info.sizeBytes, totalBytes: info.sizeBytes, rows: 6 });
    const dataset = registry.get(info.datasetId);
    expect((await dataset?.readRows(3, 1))?.[0]).toMatchObject({ index: 3, line: 5 });
  });

  it('applies the overrides of the File step (sheet, header row)', async () => {
    const { service } = setup();
    const result = await service['dataset:open']({ path: join(fixtures, 'two-sheets.xlsx'), sheet: 'Conversions' });
    expect(result.ok && result.value).toMatchObject({ format: 'xlsx', sheet: 'Conversions', sheets: ['Summary', 'Conversions'], headerRow: 3, rowCount: 3 });
    const moved = await service['dataset:open']({ path: join(fixtures, 'title-rows.csv'), headerRow: 5 });
    expect(moved.ok && moved.value.columns).toEqual(['a@example.com', 'Anna', '12.50', '2024-04-30']);
  });

  it('returns file errors as AppErrors naming the file', async () => {
    const { service } = setup();
    const missing = await service['dataset:open']({ path: join(fixtures, 'nope.csv') });
    expect(missing).toEqual({ ok: false, error: { kind: 'file', file: 'nope.csv', message: '"nope.csv" was not found. It may have been moved or deleted.' } });
    const bomb = await service['dataset:open']({ path: join(fixtures, 'xml-entity-bomb.xlsx') });
    expect(!bomb.ok && bomb.error).toMatchObject({ kind: 'file', file: 'xml-entity-bomb.xlsx' });
    expect(!bomb.ok && bomb.error.message).toContain('unsafe or too large to open');
  });

  it('cancels an open in progress', async () => {
    const { service, dataDir } = setup();
    const path = join(dataDir, 'big.csv');
    writeFileSync(path, `Email,Name\n${Array.from({ length: 80_000 }, (_, i) => `u${i}@example.com,"Name, ${i}"`).join('\n')}\n`);
    let cancelled: unknown;
    const ctx2: ServiceContext = {
      dataDir,
      log: silentLogger,
      emit: (event, payload) => {
        const p = payload as { datasetId: string };
        if (event === 'dataset:progress' && cancelled === undefined) cancelled = service2['dataset:cancel']({ datasetId: p.datasetId });
      },
    };
    const service2 = datasetService(ctx2, new DatasetRegistry());
    const result = await service2['dataset:open']({ path });
    expect(await cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(result).toEqual({ ok: false, error: { kind: 'cancelled', message: 'Reading the file was cancelled.' } });
    expect(await service['dataset:cancel']({ datasetId: 'unknown' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('closes datasets', async () => {
    const { service, registry } = setup();
    const result = await service['dataset:open']({ path: join(fixtures, 'lf.csv') });
    const id = result.ok ? result.value.datasetId : '';
    expect(await service['dataset:close']({ datasetId: id })).toEqual({ ok: true, value: { closed: true } });
    expect(registry.get(id)).toBeUndefined();
    expect(await service['dataset:close']({ datasetId: id })).toEqual({ ok: true, value: { closed: false } });
  });

  it('remembers recent files (most recent first, no duplicates, gone files dropped) without their contents', async () => {
    const { service, dataDir } = setup();
    const copy = join(dataDir, 'copy.csv');
    writeFileSync(copy, readFileSync(join(fixtures, 'utf8-bom.csv')));
    for (const name of ['lf.csv', 'crlf.csv']) await service['dataset:open']({ path: join(fixtures, name) });
    await service['dataset:open']({ path: copy });
    await service['dataset:open']({ path: join(fixtures, 'lf.csv') });
    const recent = await service['dataset:recent']({});
    expect(recent.ok && recent.value.files.map((f) => f.fileName)).toEqual(['lf.csv', 'copy.csv', 'crlf.csv']);
    expect(recent.ok && recent.value.files[0]?.openedAt).toBeGreaterThan(1_700_000_000_000);
    const stored = readFileSync(join(dataDir, 'recent-files.json'), 'utf8');
    expect(stored).not.toContain('@example.com');
    expect(statSync(join(dataDir, 'recent-files.json')).mode & 0o777).toBe(0o600);
    rmSync(copy);
    const after = await service['dataset:recent']({});
    expect(after.ok && after.value.files.map((f) => f.fileName)).toEqual(['lf.csv', 'crlf.csv']);
  });
});
