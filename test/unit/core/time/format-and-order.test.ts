import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { compileFormatHint, toLuxonFormat } from '../../../../electron/core/time/format-hint';
import { detectDateOrder } from '../../../../electron/core/time/date-order';
import { checkEventWindow } from '../../../../electron/core/time/event-window';
import { excelSerialToCivil } from '../../../../electron/core/time/excel-serial';

describe('format hints', () => {
  it.each([
    ['DD.MM.YYYY HH:mm', '03.04.2025 17:05', [2025, 4, 3, 17, 5, 0]],
    ['D/M/YY H:mm', '3/4/25 7:05', [2025, 4, 3, 7, 5, 0]],
    ['M/D/YYYY h:mm A', '4/3/2025 5:05 PM', [2025, 4, 3, 17, 5, 0]],
    ['dd.MM.yyyy HH:mm:ss', '03.04.2025 17:05:09', [2025, 4, 3, 17, 5, 9]],
    ['YYYY-MM-DD[T]HH:mm:ss.SSS', '2025-04-03T17:05:09.250', [2025, 4, 3, 17, 5, 9]],
    ['D MMM YYYY', '3 Apr 2025', [2025, 4, 3, 0, 0, 0]],
    ['DD. MMMM YYYY', '03. Okt 2025', [2025, 10, 3, 0, 0, 0]],
    ['YYYYMMDD', '20250403', [2025, 4, 3, 0, 0, 0]],
  ] as const)('%s reads %j', (format, text, [y, mo, d, h, mi, s]) => {
    const r = compileFormatHint(format)(text);
    expect(r).toMatchObject({ ok: true, civil: { year: y, month: mo, day: d, hour: h, minute: mi, second: s } });
  });
  it('rejects text that does not match, and impossible dates', () => {
    expect(compileFormatHint('DD.MM.YYYY')('2025-04-03')).toEqual({ ok: false, error: 'format' });
    expect(compileFormatHint('DD.MM.YYYY')('31.04.2025')).toEqual({ ok: false, error: 'range' });
    expect(compileFormatHint('h:mm A')('13:00 PM')).toEqual({ ok: false, error: 'range' });
  });
  it('reads offsets written in the text', () => {
    expect(compileFormatHint('YYYY-MM-DD HH:mm Z')('2025-04-03 17:05 +02:00')).toMatchObject({ ok: true, civil: { offsetMinutes: 120 } });
  });

  const formats = ['DD.MM.YYYY HH:mm', 'M/D/YYYY h:mm A', 'YYYY-MM-DD HH:mm:ss', 'D-M-YY H:mm', 'DD/MM/YYYY'];
  test.prop([fc.constantFrom(...formats), fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2029, 11, 31) })], { numRuns: 1000 })(
    'agrees with luxon on the translated format (toLuxonFormat)',
    (format, ms) => {
      const lf = toLuxonFormat(format);
      const text = DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat(lf);
      const mine = compileFormatHint(format)(text);
      const theirs = DateTime.fromFormat(text, lf, { zone: 'UTC' });
      expect(mine.ok).toBe(true);
      if (mine.ok) {
        const c = mine.civil;
        expect([c.year, c.month, c.day, c.hour, c.minute, c.second]).toEqual([theirs.year, theirs.month, theirs.day, theirs.hour, theirs.minute, theirs.second]);
      }
    },
  );
});

describe('detectDateOrder (per column)', () => {
  it('proves day-first or month-first from values with a part above 12', () => {
    expect(detectDateOrder(['03/04/2025', '25/03/2025 10:00'])).toMatchObject({ order: 'DMY', ambiguous: false, conflicting: false });
    expect(detectDateOrder(['03/04/2025', '03/25/2025'])).toMatchObject({ order: 'MDY', ambiguous: false });
  });
  it('reports ambiguity when nothing settles it, and conflicts for mixed columns', () => {
    expect(detectDateOrder(['03/04/2025', '01/02/2025'])).toMatchObject({ order: undefined, ambiguous: true, evidence: { considered: 2 } });
    expect(detectDateOrder(['25/03/2025', '03/25/2025'])).toMatchObject({ conflicting: true });
    expect(detectDateOrder(['2025-03-04T10:00:00Z'])).toMatchObject({ order: undefined, ambiguous: false, evidence: { considered: 0 } });
  });
});

describe('checkEventWindow', () => {
  const now = Date.UTC(2025, 5, 15, 12);
  const s = (iso: string) => Date.parse(iso) / 1000;
  it('accepts recent events and flags future and too-old ones in plain words', () => {
    expect(checkEventWindow(s('2025-06-14T12:00:00Z'), now, 7)).toEqual({ kind: 'ok' });
    const future = checkEventWindow(s('2025-06-16T12:00:00Z'), now, 7, { timezone: 'Europe/Berlin' });
    expect(future).toMatchObject({ kind: 'future', code: 'time_future' });
    if (future.kind === 'future') expect(future.message).toMatch(/in the future.*Europe\/Berlin/);
    const old = checkEventWindow(s('2025-06-01T12:00:00Z'), now, 7);
    expect(old).toMatchObject({ kind: 'too_old', code: 'time_too_old' });
    if (old.kind === 'too_old') expect(old.message).toContain('14 days old; Pinterest accepts offline events up to 7 days old');
  });
  it('warns when an event is about to leave the window', () => {
    expect(checkEventWindow(s('2025-06-08T14:00:00Z'), now, 7)).toMatchObject({ kind: 'ok', warning: { code: 'time_near_limit' } });
  });
});

describe('excelSerialToCivil', () => {
  it('handles both date systems and rounds time fractions to the second', () => {
    expect(excelSerialToCivil(1)).toMatchObject({ year: 1900, month: 1, day: 1 });
    expect(excelSerialToCivil(45658.99998843)).toMatchObject({ year: 2025, month: 1, day: 1, hour: 23, minute: 59, second: 59 });
    expect(excelSerialToCivil(0, 1904)).toMatchObject({ year: 1904, month: 1, day: 1 });
    expect(excelSerialToCivil(0)).toBeUndefined();
    expect(excelSerialToCivil(Number.NaN)).toBeUndefined();
  });
});
