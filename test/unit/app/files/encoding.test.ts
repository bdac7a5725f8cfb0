import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../../electron/app/files/open-table';
import { scanTable } from '../../../../electron/app/files/scan-table';
import { bomEncoding, byteLengthIn, chunkDecoder, detectEncoding } from '../../../../electron/app/files/text-encoding';
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

describe('strict chunk decoding', () => {
  it('joins UTF-8 characters split across chunks and tracks non-ASCII text', () => {
    const bytes = Buffer.from('aé€😀z');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const decoder = chunkDecoder('utf-8');
      const text = decoder.decode(bytes.subarray(0, cut), false) + decoder.decode(bytes.subarray(cut), false) + decoder.decode(new Uint8Array(0), true);
      expect(text).toBe('aé€😀z');
      expect(decoder.nonAscii).toBe(true);
    }
  });

  it('throws on a legacy byte, also when it ends a chunk, without claiming valid non-ASCII text', () => {
    const decoder = chunkDecoder('utf-8');
    expect(decoder.decode(Buffer.from('abc'), false)).toBe('abc');
    expect(decoder.decode(Buffer.from([0x5a, 0x6f, 0xeb]), false)).toBe('Zo');
    expect(() => decoder.decode(Buffer.from(' M'), false)).toThrow(expect.objectContaining({ code: 'ERR_ENCODING_INVALID_ENCODED_DATA' }));
    expect(decoder.nonAscii).toBe(false);
    const cut = chunkDecoder('utf-8');
    cut.decode(Buffer.from([0x61, 0xe2, 0x82]), false);
    expect(() => cut.decode(new Uint8Array(0), true)).toThrow();
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
