import { fc, test } from '@fast-check/vitest';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countLineBreaks, needMore, RecordScanner, unsure } from '../../../../electron/app/files/csv-boundaries';

// The boundary scan lets workers parse slices of a file on their own, so it must never cut a
// record where papaparse would not: wherever it answers, papaparse reading the slices one by
// one must give exactly the records of papaparse reading the whole text.

const comma = { delimiter: 44, crlf: false };
const crlf = { delimiter: 44, crlf: true };

/** Every record end the scan finds from the start, then what stopped it. */
function scan(text: string, dialect = comma, final = true): { ends: number[]; stop: number } {
  const bytes = Buffer.from(text, 'utf8');
  const scanner = new RecordScanner(bytes, dialect, final);
  const ends: number[] = [];
  let pos = 0;
  for (;;) {
    const end = scanner.recordEnd(pos);
    if (end < 0) return { ends, stop: end };
    ends.push(end);
    pos = end;
  }
}

describe('RecordScanner', () => {
  it('ends plain records after their line feed, the last one at the end of the file', () => {
    expect(scan('a,b\nc,d\ne,f')).toEqual({ ends: [4, 8, 11], stop: needMore });
    expect(scan('a,b\nc,d\n')).toEqual({ ends: [4, 8], stop: needMore });
  });

  it('leaves an unfinished record for the next block unless the file ends there', () => {
    expect(scan('a,b\nc,d', comma, false)).toEqual({ ends: [4], stop: needMore });
    expect(scan('a,"b\nc', comma, false)).toEqual({ ends: [], stop: needMore });
    // A closing quote at the end of a block may be the first half of an escaped "".
    expect(scan('a,"b"', comma, false)).toEqual({ ends: [], stop: needMore });
  });

  it('keeps delimiters, line breaks and escaped quotes inside quoted cells', () => {
    const text = 'id,note\n1,"a, b\nc ""d"""\n2,x\n';
    const { ends } = scan(text);
    expect(ends.map((e) => Buffer.from(text).subarray(0, e).toString())).toEqual(['id,note\n', 'id,note\n1,"a, b\nc ""d"""\n', text]);
  });

  it('treats a quote inside an unquoted cell as a character, as papaparse does', () => {
    expect(scan('5" screen,x\nb,c\n').ends).toEqual([12, 16]);
  });

  it('is unsure where papaparse would report or repair a quote', () => {
    expect(scan('a,"b"c\nd\n')).toEqual({ ends: [], stop: unsure });
    expect(scan('a,"b" ,c\n')).toEqual({ ends: [], stop: unsure });
    expect(scan('x\na,"never closed\n')).toEqual({ ends: [2], stop: unsure });
  });

  it('splits CRLF files only on CRLF: a lone line feed in an unquoted cell belongs to the cell', () => {
    expect(scan('a,b\r\nc\nd,e\r\nf,g\r\n', crlf).ends).toEqual([5, 12, 17]);
    expect(scan('a,"b"\r\nc,d\r\n', crlf).ends).toEqual([7, 12]);
  });

  it('accepts a quoted last cell followed by CRLF in a file parsed on LF', () => {
    expect(scan('a,"b"\r\nc,d\n').ends).toEqual([7, 11]);
  });
});

describe('countLineBreaks', () => {
  it('counts CRLF, lone CR and lone LF once each', () => {
    const bytes = Buffer.from('a\r\nb\rc\nd');
    expect(countLineBreaks(bytes, 0, bytes.length)).toBe(3);
    expect(countLineBreaks(bytes, 3, bytes.length)).toBe(2);
    expect(countLineBreaks(bytes, 0, 2)).toBe(1);
  });
});

function papaRecords(text: string, newline: '\n' | '\r\n'): string[][] {
  const parser = new Papa.Parser({ delimiter: ',', newline, quoteChar: '"', dynamicTyping: false });
  return (parser.parse(text, 0, false) as { data: string[][] }).data;
}

const piece = fc.constantFrom('a', 'b', ' ', ',', '"', '""', '\n', '\r\n', '\r', 'é', '😀');
const csvText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('boundary soundness (property)', () => {
  test.prop([csvText, fc.boolean()], { numRuns: 2000 })('slices parsed one by one give the records of the whole text', (text, useCrlf) => {
    const newline = useCrlf ? '\r\n' : '\n';
    const endsWithBreak = text.endsWith(newline);
    const bytes = Buffer.from(text, 'utf8');
    const { ends } = scan(text, useCrlf ? crlf : comma);
    // Records of the slices the scan was sure of, against the same stretch parsed in one go.
    const sure = ends.at(-1) ?? 0;
    if (sure === 0) return;
    const sliced: string[][] = [];
    let from = 0;
    for (const end of ends) {
      const records = papaRecords(bytes.subarray(from, end).toString('utf8'), newline);
      // A slice ending in a line break leaves papaparse an empty last row: the break's, not a record.
      if (end < bytes.length || endsWithBreak) records.pop();
      sliced.push(...records);
      from = end;
    }
    const whole = papaRecords(bytes.subarray(0, sure).toString('utf8'), newline);
    if (sure < bytes.length || endsWithBreak) whole.pop();
    expect(sliced).toEqual(whole);
  });
});
