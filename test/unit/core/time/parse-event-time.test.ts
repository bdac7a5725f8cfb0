import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { compileEventTimeParser, parseEventTime } from '../../../../electron/core/time/parse-event-time';

const now = Date.UTC(2025, 5, 15, 12);
const berlin = { timezone: 'Europe/Berlin', now };
const utc = (iso: string) => Date.parse(iso) / 1000;

describe('parseEventTime formats', () => {
  it.each([
    ['2025-06-14T10:20:30Z', '2025-06-14T10:20:30Z'],
    ['2025-06-14T10:20:30.123Z', '2025-06-14T10:20:30Z'],
    ['2025-06-14T10:20:30+02:00', '2025-06-14T08:20:30Z'],
    ['2025-06-14T05:20:30-05:00', '2025-06-14T10:20:30Z'],
    ['2025-06-14T10:20:30+0530', '2025-06-14T04:50:30Z'],
    ['2025-06-14T10:20:30', '2025-06-14T08:20:30Z'],
    ['2025-06-14 10:20:30', '2025-06-14T08:20:30Z'],
    ['2025-06-14 10:20', '2025-06-14T08:20:00Z'],
    ['14.06.2025 10:20', '2025-06-14T08:20:00Z'],
    ['14.06.2025 10:20:30', '2025-06-14T08:20:30Z'],
    ['14/06/2025 10:20', '2025-06-14T08:20:00Z'],
    ['06/14/2025 10:20', '2025-06-14T08:20:00Z'],
    ['6/14/2025 10:20 PM', '2025-06-14T20:20:00Z'],
    ['6/14/2025 12:05 AM', '2025-06-13T22:05:00Z'],
    ['6/14/2025 12:05 p.m.', '2025-06-14T10:05:00Z'],
    ['1749896430', '2025-06-14T10:20:30Z'],
    ['2025-06-14 10:20:30 UTC', '2025-06-14T10:20:30Z'],
    ['2025-06-14 05:20:30 -0500', '2025-06-14T10:20:30Z'],
    ['Sat, 14 Jun 2025 10:20:30 +0000', '2025-06-14T10:20:30Z'],
    ['June 14, 2025 12:20 PM', '2025-06-14T10:20:00Z'],
    ['14 Jun 2025 12:20', '2025-06-14T10:20:00Z'],
    ['1749896430123', '2025-06-14T10:20:30Z'],
  ])('%j → %s', (raw, iso) => {
    expect(parseEventTime(raw, berlin)).toMatchObject({ kind: 'ok', seconds: utc(iso) });
  });

  it('reads XLSX date cells (naive local ISO) in the mapping zone', () => {
    expect(parseEventTime('2025-01-15T10:00:00', { timezone: 'America/New_York', now })).toEqual({ kind: 'ok', seconds: utc('2025-01-15T15:00:00Z') });
  });

  it('uses the format hint, and still reads ISO/Unix values that do not match it', () => {
    const opts = { ...berlin, format: 'DD.MM.YYYY HH:mm' };
    expect(parseEventTime('03.04.2025 10:00', opts)).toEqual({ kind: 'ok', seconds: utc('2025-04-03T08:00:00Z') });
    expect(parseEventTime('2025-04-03T08:00:00Z', opts)).toEqual({ kind: 'ok', seconds: utc('2025-04-03T08:00:00Z') });
    expect(parseEventTime('hello', opts)).toMatchObject({ kind: 'invalid', code: 'time_format', message: "'hello' is not a date and time we can read (expected DD.MM.YYYY HH:mm)." });
  });

  it('settles 03/04/2025 with the column order, and refuses to guess without it', () => {
    expect(parseEventTime('03/04/2025 10:00', { ...berlin, dateOrder: 'MDY' })).toMatchObject({ seconds: utc('2025-03-04T09:00:00Z') });
    expect(parseEventTime('03/04/2025 10:00', { ...berlin, dateOrder: 'DMY' })).toMatchObject({ seconds: utc('2025-04-03T08:00:00Z') });
    expect(parseEventTime('03/04/2025 10:00', berlin)).toMatchObject({ kind: 'invalid', code: 'time_order_ambiguous' });
  });

  it('without a column order, takes the only reading that is not in the future (with a warning)', () => {
    expect(parseEventTime('06/11/2025 10:00', berlin)).toMatchObject({ kind: 'ok', seconds: utc('2025-06-11T08:00:00Z'), warning: { code: 'time_order_assumed' } });
    expect(parseEventTime('11/06/2025 10:00', berlin)).toMatchObject({ kind: 'ok', seconds: utc('2025-06-11T08:00:00Z'), warning: { code: 'time_order_assumed' } });
    expect(compileEventTimeParser({ timezone: 'Europe/Berlin' })('06/11/2025 10:00')).toMatchObject({ kind: 'invalid', code: 'time_order_ambiguous' });
  });

  it('reads Excel serials (1900 system, incl. the 1900 leap-year bug) with a warning', () => {
    expect(parseEventTime('45822.5', berlin)).toMatchObject({ kind: 'ok', seconds: utc('2025-06-14T10:00:00Z'), warning: { code: 'time_excel_serial' } });
    expect(parseEventTime('61', { timezone: 'UTC', now })).toMatchObject({ seconds: utc('1900-03-01T00:00:00Z') });
    expect(parseEventTime('59', { timezone: 'UTC', now })).toMatchObject({ seconds: utc('1900-02-28T00:00:00Z') });
    expect(parseEventTime('60', { timezone: 'UTC', now })).toMatchObject({ kind: 'invalid', code: 'time_no_such_date' });
    expect(parseEventTime('44197', { timezone: 'UTC', now, excel1904: true })).toMatchObject({ seconds: utc('2025-01-02T00:00:00Z') });
  });

  it('flags date-only values (midnight assumed)', () => {
    expect(parseEventTime('2025-06-14', berlin)).toMatchObject({ kind: 'ok', seconds: utc('2025-06-13T22:00:00Z'), warning: { code: 'time_date_only' } });
    expect(parseEventTime('20250614', berlin)).toMatchObject({ kind: 'ok', seconds: utc('2025-06-13T22:00:00Z') });
  });

  it.each([
    ['', 'time_empty'], ['2025-02-30 10:00', 'time_no_such_date'], ['2025-06-14 24:10', 'time_no_such_date'], ['13/13/2025', 'time_no_such_date'],
    ['yesterday', 'time_format'], ['123456', 'time_format'],
  ])('%j is invalid (%s)', (raw, code) => expect(parseEventTime(raw, berlin)).toMatchObject({ kind: 'invalid', code }));

  it('reports an unknown time zone clearly', () => {
    expect(parseEventTime('2025-06-14 10:00', { timezone: 'Mars/Olympus', now })).toMatchObject({ kind: 'invalid', code: 'time_zone_unknown' });
  });
});

describe('daylight saving time (naive times)', () => {
  it('spring-forward gap: 02:30 does not exist in Berlin on 2025-03-30 → pushed to 03:30 CEST', () => {
    expect(parseEventTime('2025-03-30 02:30', berlin)).toMatchObject({ kind: 'ok', seconds: utc('2025-03-30T01:30:00Z'), warning: { code: 'time_dst_gap' } });
  });
  it('fall-back overlap: 02:30 happens twice in Berlin on 2025-10-26 → the earlier (CEST) instant', () => {
    expect(parseEventTime('2025-10-26 02:30', berlin)).toMatchObject({ kind: 'ok', seconds: utc('2025-10-26T00:30:00Z'), warning: { code: 'time_dst_overlap' } });
  });
  it('New York: gap on 2025-03-09, overlap on 2025-11-02', () => {
    const ny = { timezone: 'America/New_York', now };
    expect(parseEventTime('3/9/2025 2:30 AM', { ...ny, dateOrder: 'MDY' })).toMatchObject({ seconds: utc('2025-03-09T07:30:00Z') });
    expect(parseEventTime('11/2/2025 1:30 AM', { ...ny, dateOrder: 'MDY' })).toMatchObject({ seconds: utc('2025-11-02T05:30:00Z') });
  });
  it('half-hour transitions (Lord Howe) are exact, not cached per hour', () => {
    const lh = { timezone: 'Australia/Lord_Howe', now };
    const a = parseEventTime('2025-04-06 01:45', lh);
    const luxon = DateTime.fromISO('2025-04-06T01:45:00', { zone: 'Australia/Lord_Howe' }).toSeconds();
    expect(a.kind).toBe('ok');
    if (a.kind === 'ok') expect([luxon, luxon - 1800]).toContain(a.seconds);
    expect(parseEventTime('2025-04-06 03:00', lh)).toMatchObject({ seconds: DateTime.fromISO('2025-04-06T03:00:00', { zone: 'Australia/Lord_Howe' }).toSeconds() });
  });

  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Pacific/Chatham', 'UTC'];
  test.prop([fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) })], { numRuns: 2000 })(
    'agrees with luxon for every unambiguous wall time',
    (zone, ms) => {
      const wall = DateTime.fromMillis(ms, { zone }).startOf('second');
      const text = wall.toFormat("yyyy-MM-dd'T'HH:mm:ss");
      const back = DateTime.fromISO(text, { zone });
      const isAmbiguous = back.toMillis() !== wall.toMillis() || DateTime.fromISO(text, { zone }).plus({ hours: 0 }).offset !== wall.offset;
      const r = compileEventTimeParser({ timezone: zone })(text);
      expect(r.kind).toBe('ok');
      if (r.kind === 'ok' && !isAmbiguous && !r.warning) expect(r.seconds).toBe(wall.toSeconds());
      if (r.kind === 'ok') expect(DateTime.fromSeconds(r.seconds, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss")).toBe(text);
    },
  );
});
