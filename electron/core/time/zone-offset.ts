import { IANAZone } from 'luxon';
import type { Civil } from './civil';

/** How a naive wall-clock time met a daylight-saving change. */
export type DstAdjustment = 'gap' | 'overlap' | undefined;

const HOUR = 3_600_000;
const DAY = 86_400_000;
const MAX_BUCKETS = 200_000;

interface ZoneCache {
  zone: IANAZone;
  hours: Map<number, number>;
}
const zones = new Map<string, ZoneCache>();

/** True when the name is an IANA time zone the runtime knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(name: string): boolean {
  return name !== '' && IANAZone.isValidZone(name);
}

function cacheFor(name: string): ZoneCache {
  let c = zones.get(name);
  if (!c) {
    c = { zone: IANAZone.create(name), hours: new Map() };
    zones.set(name, c);
  }
  return c;
}

/**
 * UTC offset in minutes of `zone` at the instant `utcMs`. Luxon asks Intl for every call
 * (about 5 µs); we keep one value per (zone, UTC hour) and only when the offset is the same
 * at both ends of that hour. An hour holding a transition (Lord Howe changes on the half
 * hour) is marked and computed exactly on every call.
 */
export function zoneOffsetMinutes(zoneName: string, utcMs: number): number {
  const c = cacheFor(zoneName);
  const bucket = Math.floor(utcMs / HOUR);
  const hit = c.hours.get(bucket);
  if (hit !== undefined) return Number.isNaN(hit) ? c.zone.offset(utcMs) : hit;
  const start = c.zone.offset(bucket * HOUR);
  const end = c.zone.offset(bucket * HOUR + HOUR - 1);
  if (c.hours.size >= MAX_BUCKETS) c.hours.clear();
  c.hours.set(bucket, start === end ? start : NaN);
  return start === end ? start : c.zone.offset(utcMs);
}

/**
 * The instant of a naive wall-clock time in a zone, with the rule of JavaScript Temporal's
 * "compatible" disambiguation (also RFC 5545 and java.time): a time that occurs twice when
 * clocks fall back is the EARLIER instant (first occurrence, still daylight time); a time
 * that never occurs when clocks spring forward is moved forward by the gap (02:30 → 03:30).
 */
export function wallToUtc(zoneName: string, c: Civil): { utcMs: number; dst: DstAdjustment } {
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, c.millisecond);
  const before = zoneOffsetMinutes(zoneName, wall - DAY);
  const after = zoneOffsetMinutes(zoneName, wall + DAY);
  if (before === after) return { utcMs: wall - before * 60_000, dst: undefined };
  const a = wall - before * 60_000;
  const b = wall - after * 60_000;
  const aFits = zoneOffsetMinutes(zoneName, a) === before;
  const bFits = zoneOffsetMinutes(zoneName, b) === after;
  if (aFits && bFits) return { utcMs: Math.min(a, b), dst: a === b ? undefined : 'overlap' };
  if (aFits) return { utcMs: a, dst: undefined };
  if (bFits) return { utcMs: b, dst: undefined };
  return { utcMs: a, dst: 'gap' };
}
