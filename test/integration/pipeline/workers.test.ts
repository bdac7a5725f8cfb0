import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asCsvTable } from '../../../electron/app/files/csv-table';
import { openTable } from '../../../electron/app/files/open-table';
import { prepareEvents } from '../../../electron/app/pipeline/prepare-events';
import { compileMapping } from '../../../electron/core/mapping/compile-mapping';
import { mappingSchema } from '../../../electron/shared/mapping';
// @ts-expect-error plain ESM generator shared with the bench
import { generateConversionsCsv } from '../../../bench/validate-gen.mjs';

const workerFile = resolve(__dirname, '../../../out/node/events-worker.js');
const refMs = Date.UTC(2025, 0, 20, 12);
const mapping = mappingSchema.parse({
  version: 1,
  fields: {
    event_name: { column: 'event_name' }, action_source: { value: 'offline' }, event_time: { column: 'event_time' },
    'user_data.em': { column: 'email' }, 'user_data.ph': { column: 'phone' }, 'user_data.fn': { column: 'first_name' },
    'user_data.country': { column: 'country' }, 'custom_data.order_id': { column: 'order_id' }, 'custom_data.value': { column: 'value' },
    'custom_data.currency': { column: 'currency' }, 'custom_data.content_ids': { column: 'content_ids' },
  },
  options: { timezone: 'UTC', defaultCountry: 'US' },
});

async function run(file: string, workers: number, ranges?: { rangeRecords: number }) {
  const table = await openTable(file);
  const { plan } = compileMapping(mapping, table.columns);
  if (!plan) throw new Error('mapping did not compile');
  const out: unknown[] = [];
  const opts = ranges ? { workers, workerFile, csvTable: asCsvTable(table), ...ranges } : { workers, workerFile };
  for await (const chunk of prepareEvents(table, plan, { now: refMs, timezone: 'UTC', maxEventAgeDays: 7 }, opts)) out.push(...chunk.items.map((i) => JSON.parse(JSON.stringify(i))));
  return out;
}

describe('prepareEvents in worker threads (out/node/events-worker.js)', () => {
  it('gives exactly the in-thread result, in the same order', async () => {
    expect(existsSync(workerFile), 'build first (npm run build): the worker bundle is missing').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'cu-workers-'));
    const file = join(dir, 'conversions.csv');
    generateConversionsCsv(6000, file, { refMs, seed: 7 });
    const here = await run(file, 0);
    expect(here).toHaveLength(6000);
    expect(await run(file, 1)).toEqual(here);
    expect(await run(file, 2)).toEqual(here);
  });

  it('gives exactly the in-thread result when the workers read the CSV in ranges themselves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cu-workers-'));
    const file = join(dir, 'conversions.csv');
    generateConversionsCsv(6000, file, { refMs, seed: 11 });
    const here = await run(file, 0);
    expect(await run(file, 2, { rangeRecords: 250 })).toEqual(here);
    // A record papaparse reads with a quote warning: ranges up to it, one pass from it on.
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[4000] = lines[4000]?.replace(/,([^,]*),/, ',"Od"d$1,') ?? '';
    writeFileSync(file, lines.join('\n'));
    const odd = await run(file, 0);
    expect(odd).toHaveLength(6000);
    expect(JSON.stringify(odd)).toContain('"code":"quotes"');
    expect(await run(file, 2, { rangeRecords: 250 })).toEqual(odd);
  });
});
