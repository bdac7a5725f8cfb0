import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../../electron/app/files/open-table';
import { scanTable } from '../../../../electron/app/files/scan-table';
import { fixture, rejection, tempFile } from './files-helpers';

// ING-09: zip bombs are built here with fflate (never committed), the entity bomb is a fixture.

const workbookParts = unzipSync(readFileSync(fixture('shopify-orders.xlsx')));

function zipWith(extra: Record<string, Uint8Array>, level: 0 | 9 = 9): Uint8Array {
  return zipSync({ ...workbookParts, ...extra }, { level });
}

/** Rewrites the declared uncompressed size of `name` in the local header and central directory. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (const [signature, sizeAt, nameLenAt, nameAt] of [[0x04034b50, 22, 26, 30], [0x02014b50, 24, 28, 46]] as const) {
    for (let i = 0; i < out.length - 4; i++) {
      if (out.readUInt32LE(i) !== signature) continue;
      const len = out.readUInt16LE(i + nameLenAt);
      if (out.subarray(i + nameAt, i + nameAt + len).equals(nameBytes)) out.writeUInt32LE(size, i + sizeAt);
    }
  }
  return out;
}

describe('XLSX bombs and damaged workbooks', () => {
  it('refuses a zip bomb from the central directory (compression ratio)', async () => {
    const bomb = zipWith({ 'xl/worksheets/sheet1.xml': new Uint8Array(40 * 1024 * 1024).fill(0x20) });
    const path = tempFile('bomb.xlsx', bomb);
    const error = await rejection(openTable(path));
    expect(error.kind).toBe('file');
    expect(error.message).toMatch(/^"bomb\.xlsx" is unsafe or too large to open: .*compressed \d+ times/);
  });

  it('refuses a part that inflates to more than it declares (lying headers)', async () => {
    const sheet = workbookParts['xl/worksheets/sheet1.xml'] as Uint8Array;
    const path = tempFile('liar.xlsx', lieAboutSize(zipWith({}), 'xl/worksheets/sheet1.xml', Math.floor(sheet.length / 4)));
    const error = await rejection(scanTable(path));
    expect(error.message).toContain('is unsafe or too large to open');
    expect(error.message).toContain('not the size it declares');
  });

  it('counts inflated bytes while streaming (shared strings cap)', async () => {
    const strings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>padding padding</t></si>'.repeat(4000)}</sst>`;
    const path = tempFile('strings.xlsx', zipWith({ 'xl/sharedStrings.xml': strToU8(strings) }));
    const error = await rejection(openTable(path, { limits: { maxSharedStringsBytes: 20_000 } }));
    expect(error.message).toContain('its part "xl/sharedStrings.xml" expands to more than');
  });

  it('caps the number of parts and the declared total size', async () => {
    expect((await rejection(openTable(fixture('two-sheets.xlsx'), { limits: { maxZipEntries: 3 } }))).message).toMatch(/unsafe or too large.*parts/);
    expect((await rejection(openTable(fixture('two-sheets.xlsx'), { limits: { maxTotalInflatedBytes: 1000 } }))).message).toMatch(/unsafe or too large.*expand/);
  });

  it('refuses XML entity declarations (billion laughs), also across inflate chunk borders', async () => {
    const error = await rejection(openTable(fixture('xml-entity-bomb.xlsx')));
    expect(error.message).toContain('declares XML entities');
    for (const pad of [16_380, 65_530]) {
      const xml = `<?xml version="1.0"?><!--${'x'.repeat(pad)}--><!ENTITY a "b"><sst/>`;
      const path = tempFile(`pad${pad}.xlsx`, zipWith({ 'xl/sharedStrings.xml': strToU8(xml) }, 0));
      expect((await rejection(openTable(path))).message).toContain('declares XML entities');
    }
  });

  it('refuses duplicate part names (case-insensitive)', async () => {
    const path = tempFile('dup.xlsx', zipWith({ 'XL/workbook.xml': workbookParts['xl/workbook.xml'] as Uint8Array }));
    expect((await rejection(openTable(path))).message).toMatch(/unsafe or too large.*twice/);
  });

  it('explains files that are not workbooks', async () => {
    expect((await rejection(openTable(fixture('legacy.xls')))).message).toContain('old Excel .xls file');
    expect((await rejection(openTable(fixture('not-really.xlsx')))).message).toContain('not a valid Excel workbook');
    const zip = tempFile('other.xlsx', zipSync({ 'readme.txt': strToU8('hello') }));
    expect((await rejection(openTable(zip))).message).toContain('not an Excel workbook');
    const png = tempFile('image.csv', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect((await rejection(openTable(png))).message).toContain('binary data');
  });
});
