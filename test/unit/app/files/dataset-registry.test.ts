import { appendFileSync, utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetRegistry } from '../../../../electron/app/files/dataset-registry';
import { fixture, readAll, rejection, tempFile } from './files-helpers';

describe('DatasetRegistry', () => {
  it('opens, finds and closes datasets; rows() and readRows agree', async () => {
    let n = 0;
    const registry = new DatasetRegistry({ newId: () => `ds${++n}` });
    const dataset = await registry.open(fixture('shopify-orders.csv'));
    expect(dataset.id).toBe('ds1');
    expect(dataset.info.datasetId).toBe('ds1');
    expect(registry.get('ds1')).toBe(dataset);
    const all = await readAll(dataset);
    expect(all.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await dataset.readRows(2, 2)).toEqual(all.slice(2, 4));
    expect(registry.close('ds1')).toBe(true);
    expect(registry.get('ds1')).toBeUndefined();
  });

  it('closes the least recently used dataset beyond maxOpen', async () => {
    let n = 0;
    const registry = new DatasetRegistry({ maxOpen: 2, newId: () => `ds${++n}` });
    await registry.open(fixture('lf.csv'));
    await registry.open(fixture('crlf.csv'));
    registry.get('ds1');
    await registry.open(fixture('cr.csv'));
    expect(registry.get('ds1')).toBeDefined();
    expect(registry.get('ds2')).toBeUndefined();
    expect(registry.get('ds3')).toBeDefined();
  });

  it('refuses to read a file that changed after it was opened', async () => {
    const path = tempFile('changing.csv', 'Email,Name\na@example.com,Anna\n');
    const dataset = await new DatasetRegistry().open(path);
    appendFileSync(path, 'b@example.com,Bernd\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(path, later, later);
    expect((await rejection(readAll(dataset))).message).toContain('changed (or was moved) after it was opened');
    expect((await rejection(dataset.readRows(0, 1))).kind).toBe('file');
  });
});
