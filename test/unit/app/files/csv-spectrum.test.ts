import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../../electron/app/files/open-table';
import { readAll } from './files-helpers';

// csv-spectrum (BSD-2-Clause, npm csv-spectrum 2.0.0) as an exact-match suite (ING-01).
// location_coordinates is inconsistent in the corpus itself (the phone differs between CSV and
// JSON; the "degree sign" is a literal U+FFFD): we match everything else and warn about U+FFFD.

const root = dirname(require.resolve('csv-spectrum/package.json'));
const cases = readdirSync(join(root, 'csvs')).map((f) => f.replace(/\.csv$/, ''));

async function asObjects(path: string): Promise<Array<Map<string, string>>> {
  const table = await openTable(path);
  expect(table.headerRow).toBe(1);
  const rows = await readAll(table);
  return rows.map((row) => new Map(table.columns.map((c, i) => [c, row.cells[i] ?? ''])));
}

describe('csv-spectrum', () => {
  it('has all 12 cases', () => {
    expect(cases).toHaveLength(12);
  });

  it.each(cases.filter((c) => c !== 'location_coordinates'))('%s matches exactly', async (name) => {
    const expected = JSON.parse(readFileSync(join(root, 'json', `${name}.json`), 'utf8')) as Array<Record<string, string>>;
    const actual = await asObjects(join(root, 'csvs', `${name}.csv`));
    expect(actual).toEqual(expected.map((o) => new Map(Object.entries(o))));
  });

  it('location_coordinates: same except the inconsistent phone, and the U+FFFD is flagged', async () => {
    const path = join(root, 'csvs', 'location_coordinates.csv');
    const expected = JSON.parse(readFileSync(join(root, 'json', 'location_coordinates.json'), 'utf8')) as Record<string, string>;
    const table = await openTable(path);
    const [row] = await readAll(table);
    const actual = new Map(table.columns.map((c, i) => [c, row?.cells[i] ?? '']));
    expect(actual.get('Location Coordinates')).toBe(expected['Location Coordinates']);
    expect(expected['Contact Phone Number']).toBe('1234567890');
    expect(actual.get('Cities')).toBe('Modesto');
    expect(actual.get('Contact Phone Number')).toBe('2095257564');
    expect(row?.issues).toEqual([expect.objectContaining({ code: 'replacement-char', column: 'Location Coordinates' })]);
  });
});
