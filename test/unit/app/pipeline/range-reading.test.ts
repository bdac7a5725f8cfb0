import { fc, test } from '@fast-check/vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeHasher } from '../../../../electron/app/adapters/node-hasher';
import type { CsvRange, CsvRangeStop } from '../../../../electron/app/files/csv-ranges';
import { csvRanges, csvRangeSpec } from '../../../../electron/app/files/csv-ranges';
import { asCsvTable } from '../../../../electron/app/files/csv-table';
import { openTable } from '../../../../electron/app/files/open-table';
import type { TableOptions } from '../../../../electron/app/files/table-types';
import type { PrepareOptions } from '../../../../electron/app/pipeline/prepare-events';
import { prepareEvents } from '../../../../electron/app/pipeline/prepare-events';
import { compileMapping } from '../../../../electron/core/mapping/compile-mapping';
import { mappingSchema } from '../../../../electron/shared/mapping';
import { tempDir } from '../files/files-helpers';

// Reading a CSV in ranges (the reading thread cuts the file at record ends, builders parse their
// own slices) must give exactly what one pass gives: the same events, rows, line numbers, issues
// and duplicates, or the same error, whatever the quoting, line endings or encoding. Here the
// ranges are built in this thread (the same code the workers run); workers.test.ts runs them
// in real worker threads.

const dir = tempDir();
let files = 0;
const now = Date.UTC(2025, 0, 20, 12);
const ctx = { now, timezone: 'UTC', maxEventAgeDays: 7, hasher: nodeHasher };
const mapping = mappingSchema.parse({
  version: 1,
  fields: {
    event_name: { value: 'checkout' }, action_source: { value: 'offline' }, event_time: { column: 'time' },
    'user_data.em': { column: 'email' }, 'user_data.fn': { column: 'name' }, 'user_data.ct': { column: 'city' },
  },
  options: { defaultCountry: 'US' },
});

type Outcome = { items: unknown[] } | { error: string };

async function prepare(path: string, ranged: PrepareOptions | undefined, tableOptions: TableOptions = {}): Promise<Outcome> {
  const table = await openTable(path, tableOptions);
  const { plan } = compileMapping(mapping, table.columns);
  if (!plan) throw new Error('mapping did not compile');
  try {
    const opts: PrepareOptions = ranged ? { workers: 0, inThreadRanges: true, csvTable: asCsvTable(table), ...ranged } : { workers: 0 };
    const items: unknown[] = [];
    for await (const chunk of prepareEvents(table, plan, ctx, opts)) items.push(...chunk.items.map((i) => JSON.parse(JSON.stringify(i))));
    return { items };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function write(content: string | Buffer): string {
  const path = join(dir, `file-${files++}.csv`);
  writeFileSync(path, content);
  return path;
}

async function ranges(path: string, records: number, blockBytes = 4096): Promise<Array<CsvRange | CsvRangeStop>> {
  const table = asCsvTable(await openTable(path));
  const spec = table && csvRangeSpec(table);
  if (!spec) throw new Error('not readable in ranges');
  const out: Array<CsvRange | CsvRangeStop> = [];
  for await (const r of csvRanges(spec, { records, blockBytes })) out.push(r);
  return out;
}

const piece = fc.constantFrom('a', 'b@x.io', ' ', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', 'é', '😀', '\uFFFD', "'01", '4.9E+10', ',,', '2025-01-20T10:00:00Z', '\nc@x.io,Ann,Rome,2025-01-20T10:00:00Z\n');
const body = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

// What the property saw: it must have compared real events as well as file errors.
const seen = { items: 0, errors: 0 };

describe('reading a CSV in ranges', () => {
  afterAll(() => {
    expect(seen.items).toBeGreaterThan(100);
    expect(seen.errors).toBeGreaterThan(0);
  });

  test.prop([body, fc.integer({ min: 1, max: 4 }), fc.constantFrom('', '\uFEFF', 'Export of orders\n\n'), fc.constantFrom('\n', '\r\n'), fc.constantFrom(',', ';', '\t')], { numRuns: 300 })(
    'gives exactly the one-pass result for any text after the header',
    async (text, records, before, eol, delimiter) => {
      // Commas in the body become the header's delimiter, so that most rows have the right shape.
      const path = write(`${before}${['email', 'name', 'city', 'time'].join(delimiter)}${eol}${text.replaceAll(',', delimiter)}`);
      // Header row and delimiter are given: random text could look more like a header or a table.
      const tableOptions = { headerRow: before.startsWith('Export') ? 3 : 1, delimiter };
      const onePass = await prepare(path, undefined, tableOptions);
      expect(await prepare(path, { rangeRecords: records }, tableOptions)).toEqual(onePass);
      if ('items' in onePass) seen.items += onePass.items.length;
      else seen.errors += 1;
    },
  );

  it('cuts well-formed files into ranges of whole records and counts lines across quoted breaks', async () => {
    const path = write('email,name,city,time\na@x.io,"Ann\nLee",Paris,2025-01-20T10:00:00Z\nb@x.io,Bo,"Rome",2025-01-20T10:00:00Z\nc@x.io,Cy,Oslo,2025-01-20T10:00:00Z\n');
    const got = await ranges(path, 2);
    expect(got.map((r) => (r.kind === 'range' ? [r.start.line, r.nextLine, r.final] : ['stop']))).toEqual([
      [1, 4, false],
      [4, 6, false],
    ]);
    const prepared = await prepare(path, { rangeRecords: 2 });
    expect(prepared).toEqual(await prepare(path, undefined));
    expect('items' in prepared && prepared.items.map((i) => (i as { rows: number[] }).rows)).toEqual([[2], [4], [5]]);
  });

  it('hands the rest of the file to the one-pass reader at a record with odd quoting', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => (i === 25 ? `u${i}@x.io,"Od"d",Paris,2025-01-20T10:00:00Z` : `u${i}@x.io,Name${i},Paris,2025-01-20T10:00:00Z`));
    const path = write(`email,name,city,time\n${rows.join('\n')}\n`);
    const got = await ranges(path, 10, 64);
    const stop = got.at(-1);
    expect(stop).toEqual({ kind: 'stop', start: { byte: expect.any(Number) as number, line: 27 } });
    const ranged = await prepare(path, { rangeRecords: 10 });
    expect(ranged).toEqual(await prepare(path, undefined));
    const odd = 'items' in ranged ? (ranged.items[25] as { issues: Array<{ code: string }> }) : undefined;
    expect(odd?.issues.map((i) => i.code)).toContain('quotes');
  });

  it('reads Windows-1252 files in ranges too, and reports a never-closed quote exactly as one pass does', async () => {
    const latin = write(Buffer.from('email,name,city,time\r\na@x.io,Jos\xe9,K\xf6ln,2025-01-20T10:00:00Z\r\nb@x.io,Ren\xe9e,Z\xfcrich,2025-01-20T10:00:00Z\r\n', 'latin1'));
    const table = asCsvTable(await openTable(latin));
    expect(table && csvRangeSpec(table)).toBeDefined();
    expect(await prepare(latin, { rangeRecords: 1 })).toEqual(await prepare(latin, undefined));
    const unclosed = write('email,name,city,time\na@x.io,"Ann,Paris,2025-01-20T10:00:00Z\nb@x.io,Bo,Rome,2025-01-20T10:00:00Z\n');
    const oneError = await prepare(unclosed, undefined);
    expect(oneError).toHaveProperty('error');
    expect(await prepare(unclosed, { rangeRecords: 1 })).toEqual(oneError);
  });

  it('reports a file limit met inside a range exactly as one pass does', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `u${i}@x.io,N${i},Paris,2025-01-20T10:00:00Z${i === 17 ? ',x,y,z,w' : ''}`);
    const path = write(`email,name,city,time\n${rows.join('\n')}\n`);
    const tableOptions = { limits: { maxColumns: 6 } };
    const onePass = await prepare(path, undefined, tableOptions);
    expect(onePass).toEqual({ error: 'Row 19 has 8 cells; at most 6 columns are supported.' });
    expect(await prepare(path, { rangeRecords: 4 }, tableOptions)).toEqual(onePass);
  });

  it('keeps UTF-16 files in one pass (their ASCII is not byte-for-byte)', async () => {
    const utf16 = write(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('email,name,city,time\na@x.io,Ann,Paris,2025-01-20T10:00:00Z\n', 'utf16le')]));
    const table = asCsvTable(await openTable(utf16));
    expect(table && csvRangeSpec(table)).toBeUndefined();
  });
});
