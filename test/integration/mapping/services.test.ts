import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../electron/app/backend/handler-types';
import { DatasetRegistry } from '../../../electron/app/files/dataset-registry';
import { ResultCache } from '../../../electron/app/pipeline/result-cache';
import type { MappingDeps } from '../../../electron/app/pipeline/service-context';
import { TemplateStore } from '../../../electron/app/pipeline/template-store';
import { mappingService } from '../../../electron/app/services/mapping-service';
import { previewService } from '../../../electron/app/services/preview-service';
import { templatesService } from '../../../electron/app/services/templates-service';
import { silentLogger } from '../../../electron/core/ports';
import { mappingSchema } from '../../../electron/shared/mapping';

const fixture = resolve(__dirname, '../../fixtures/mapping/shopify-orders.csv');
const mapping = mappingSchema.parse(JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/mapping/shopify-mapping.json'), 'utf8')));

async function setup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cu-mapping-'));
  const events: Array<{ event: string; payload: unknown }> = [];
  const ctx: ServiceContext = { dataDir, log: silentLogger, emit: (event, payload) => events.push({ event, payload }) };
  const datasets = new DatasetRegistry();
  const dataset = await datasets.open(fixture);
  const deps: MappingDeps = { datasets, templates: new TemplateStore(dataDir), results: new ResultCache(), clock: () => Date.UTC(2025, 0, 20, 12), accountCurrency: () => 'EUR' };
  return { dataDir, events, dataset, map: mappingService(ctx, deps), preview: previewService(ctx, deps), templates: templatesService(ctx, deps.templates) };
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('mapping, preview and template services', () => {
  it('suggests a mapping, evaluates a sample and the whole file, and reports match quality', async () => {
    const s = await setup();
    const suggested = value(await s.map['mapping:suggest']({ datasetId: s.dataset.id }));
    expect(suggested.mapping.fields['user_data.em']).toEqual({ column: 'Email' });
    expect(suggested.template).toBeUndefined();
    const sample = value(await s.map['mapping:evaluate']({ datasetId: s.dataset.id, mapping, sampleOnly: true }));
    expect(sample.rows).toBe(8);
    const full = value(await s.map['mapping:evaluate']({ datasetId: s.dataset.id, mapping }));
    expect(full).toMatchObject({ rows: 8, valid: 6, invalid: 1, duplicates: 1, events: 5, complete: true });
    expect(full.valid + full.invalid + full.duplicates).toBe(full.rows);
    expect(full.matchQuality.em).toBe(1);
    expect(full.topIssues.map((i) => i.code)).toContain('no-identifier');
    const broken = value(await s.map['mapping:evaluate']({ datasetId: s.dataset.id, mapping: { version: 1, fields: {}, options: {} } }));
    expect(broken.mappingIssues.some((i) => i.field === 'event_time' && i.severity === 'error')).toBe(true);
  });

  it('offers a saved template again for a file with the same headers', async () => {
    const s = await setup();
    const saved = value(await s.templates['templates:save']({ name: 'Shopify', mapping, headers: s.dataset.info.columns }));
    const suggested = value(await s.map['mapping:suggest']({ datasetId: s.dataset.id }));
    expect(suggested.template?.id).toBe(saved.id);
    const renamed = value(await s.templates['templates:rename']({ id: saved.id, name: 'Shop orders' }));
    expect(renamed.name).toBe('Shop orders');
    const stored = readFileSync(join(s.dataDir, 'templates.json'), 'utf8');
    expect(stored).not.toContain('jane.doe@example.com');
    expect(value(await s.templates['templates:delete']({ id: saved.id })).deleted).toBe(true);
    expect(value(await s.templates['templates:list']({})).templates).toEqual([]);
  });

  it('pages the preview with filters and explains one event field by field', async () => {
    const s = await setup();
    const all = value(await s.preview['preview:page']({ datasetId: s.dataset.id, mapping, offset: 0, limit: 100, filter: 'all' }));
    expect(all.total).toBe(8);
    expect(all.rows.map((r) => [r.row, r.status])).toEqual([[2, 'valid'], [3, 'valid'], [4, 'valid'], [5, 'invalid'], [6, 'valid'], [7, 'valid'], [8, 'valid'], [9, 'duplicate']]);
    expect(all.rows[0]?.eventId).toBe(all.rows[1]?.eventId); // one merged order
    const errors = value(await s.preview['preview:page']({ datasetId: s.dataset.id, mapping, offset: 0, limit: 10, filter: 'errors' }));
    expect(errors.rows.map((r) => r.row)).toEqual([5]);
    expect(errors.rows[0]?.issues[0]?.code).toBe('no-identifier');
    expect(Object.keys(errors.rows[0]?.cells ?? {})).not.toContain('Billing Name'); // unmapped columns never leave
    const dups = value(await s.preview['preview:page']({ datasetId: s.dataset.id, mapping, offset: 0, limit: 10, filter: 'duplicates' }));
    expect(dups.rows[0]?.issues.at(-1)?.message).toContain('row 2');
    const one = value(await s.preview['preview:event']({ datasetId: s.dataset.id, mapping, row: 2 }));
    expect((one.event as { custom_data: { contents: unknown[] } }).custom_data.contents).toHaveLength(2);
    const email = one.identity.find((t) => t.field === 'user_data.em');
    expect(email).toMatchObject({ column: 'Email', raw: 'jane.doe@example.com', normalized: 'jane.doe@example.com' });
    expect(email?.hashed).toMatch(/^[0-9a-f]{64}$/);
    expect(s.events.some((e) => e.event === 'mapping:progress')).toBe(true);
  });
});
