import Papa from 'papaparse';
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { csvCell, csvLine, isFormulaLike } from '../../../../electron/app/report/csv-cells';

const parse = (text: string) => Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' }).data;

describe('report CSV cells (ING-07)', () => {
  test.each(['=1+1', '+SUM(A1)', '-5', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x","y")'])('%j gets a leading apostrophe', (cell) => {
    const [[back]] = parse(csvLine([cell]).replace(/\r\n$/, '')) as [[string]];
    expect(back).toBe(`'${cell}`);
  });

  test.prop([fc.array(fc.array(fc.string({ unit: 'binary' }).filter((s) => !isFormulaLike(s)), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 })])(
    'every other cell round-trips byte-identical through a CSV parser',
    (rows) => {
      // One extra column keeps an all-empty single-cell row from being read as a blank line.
      const text = rows.map((r) => csvLine([...r, 'end'])).join('');
      const back = parse(text.replace(/\r\n$/, ''));
      expect(back).toEqual(rows.map((r) => [...r, 'end']));
    },
  );

  test('quotes only what needs quoting', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
  });
});
