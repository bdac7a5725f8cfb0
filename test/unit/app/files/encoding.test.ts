import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../../electron/app/files/open-table';
import { scanTable } from '../../../../electron/app/files/scan-table';
import { bomEncoding, byteLengthIn, detectEncoding } from '../../../../electron/app/files/text-encoding';
import { readAll, rejection, tempFile } from './files-helpers';

// ING-03: BOM → strict UTF-8 → Windows-1252 with a warning; never a silent U+FFFD.

describe('encoding detection', () => {
  it('reads BOMs', () => {
    expect(bomEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(bomEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(bomEncoding(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
    expect(bomEncoding(Buffer.from('abc'))).toBeUndefined();
  });

  it('recognises UTF-16 without a BOM, UTF-8, and falls back to Windows-1252', () => {
    expect(detectEncoding(Buffer.from('Email\tName\r\na@x\tb\r\n', 'utf16le'), true).encoding).toBe('utf-16le');
    expect(detectEncoding(Buffer.from('Email\tName\r\na@x\tb\r\n', 'utf16le').swap16(), true).encoding).toBe('utf-16be');
    expect(detectEncoding(Buffer.from('Zoë'), true)).toEqual({ encoding: 'utf-8', bomLength: 0, fallback: false });
    expect(detectEncoding(iconv.encode('Zoë', 'windows-1252'), true)).toEqual({ encoding: 'windows-1252', bomLength: 0, fallback: true });
    // a UTF-8 character cut at the end of the prefix is not a reason to fall back
    expect(detectEncoding(Buffer.from('Zoë').subarray(0, 3), false).encoding).toBe('utf-8');
  });

  it('counts bytes per encoding for seeking', () => {
    expect(byteLengthIn('utf-8')('é€😀')).toBe(2 + 3 + 4);
    expect(byteLengthIn('utf-16le')('é😀')).toBe(6);
    expect(byteLengthIn('windows-1252')('é€')).toBe(2);
    expect(byteLengthIn('shift_jis')('さくら')).toBe(6);
  });
});

describe('encoding problems found late in a file', () => {
  const asciiRows = Array.from({ length: 12_000 }, (_, i) => `user${i}@example.com,Name ${i}`).join('\n');

  it('falls back to Windows-1252 when the first legacy byte comes after the detection prefix', async () => {
    const text = `Email,Name\n${asciiRows}\nzoe@example.com,Zoë Müller\n`;
    const path = tempFile('late-1252.csv', iconv.encode(text, 'windows-1252'));
    expect((await openTable(path)).encoding).toBe('utf-8');
    const scanned = await scanTable(path);
    expect(scanned.info.encoding).toBe('windows-1252');
    expect(scanned.info.issues[0]).toMatchObject({ code: 'encoding-fallback', severity: 'warning' });
    const rows = await readAll(scanned.table);
    expect(rows.at(-1)?.cells).toEqual(['zoe@example.com', 'Zoë Müller']);
  });

  it('refuses a file that mixes UTF-8 with another encoding, naming the row', async () => {
    const head = Buffer.from(`Email,Name\nanna@example.com,Zoë\n${asciiRows}\n`);
    const path = tempFile('mixed.csv', Buffer.concat([head, iconv.encode('x@example.com,Zoë\n', 'windows-1252')]));
    const error = await rejection(scanTable(path));
    expect(error.kind).toBe('file');
    expect(error.row).toBe(12_003);
    expect(error.message).toMatch(/^Line 12003 has characters that are not valid utf-8/);
  });

  it('refuses an encoding override that does not fit, and unknown encodings', async () => {
    const path = tempFile('latin.csv', iconv.encode('Email,Name\na@example.com,Zoë\n', 'windows-1252'));
    expect((await rejection(openTable(path, { encoding: 'utf-8' }))).message).toContain('not valid utf-8');
    expect((await rejection(openTable(path, { encoding: 'klingon' }))).message).toContain('not an encoding we know');
  });
});
