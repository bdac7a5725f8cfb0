import { appendFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetRegistry } from '../../../electron/app/files/dataset-registry';
import type { OpenDataset } from '../../../electron/app/files/dataset-registry';
import { evaluateDataset, planFor } from '../../../electron/app/pipeline/evaluate-mapping';
import { mappingSchema } from '../../../electron/shared/mapping';
// @ts-expect-error plain ESM generator shared with the bench
import { generateConversionsCsv } from '../../../bench/validate-gen.mjs';

// The Map step's full evaluation of a large CSV lets the build workers read the file in ranges
// (it is above the worker threshold): the verdicts and per-row results must be those of one
// pass, and a file changed after it was opened is still refused.

const refMs = Date.UTC(2025, 0, 20, 12);
const ctx = { now: refMs, timezone: 'UTC', maxEventAgeDays: 7 };
const mapping = mappingSchema.parse({
  version: 1,
  fields: {
    event_name: { column: 'event_name' }, action_source: { value: 'offline' }, event_time: { column: 'event_time' },
    'user_data.em': { column: 'email' }, 'user_data.ph': { column: 'phone' }, 'user_data.zp': { column: 'zip' },
    'user_data.country': { column: 'country' }, 'custom_data.order_id': { column: 'order_id' }, 'custom_data.value': { column: 'value' },
  },
  options: { timezone: 'UTC', defaultCountry: 'US' },
});

async function evaluate(dataset: OpenDataset) {
  const { plan, issues } = planFor(dataset, mapping);
  if (!plan) throw new Error('mapping did not compile');
  return evaluateDataset(dataset, plan, issues, ctx);
}

describe('full evaluation of a large CSV dataset', () => {
  it('gives the one-pass verdicts and row results when the workers read ranges', async () => {
    expect(existsSync(resolve(__dirname, '../../../out/node/events-worker.js')), 'build first (npm run build)').toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'cu-evaluate-')), 'orders.csv');
    generateConversionsCsv(60_000, file, { refMs, seed: 3 });
    const dataset = await new DatasetRegistry().open(file);
    expect(dataset.csvTable).toBeDefined();
    const ranged = await evaluate(dataset);
    const onePass = await evaluate({ ...dataset, csvTable: undefined });
    expect(ranged.evaluation.rows).toBe(60_000);
    expect(ranged.evaluation.invalid).toBeGreaterThan(0);
    expect(ranged).toEqual(onePass);

    appendFileSync(file, 'ORD-X,late@example.com\n');
    await expect(evaluate(dataset)).rejects.toThrow(/changed \(or was moved\) after it was opened/);
  });
});
