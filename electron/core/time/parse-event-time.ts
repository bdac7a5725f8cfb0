import type { Civil } from './civil';
import { parseCivil } from './civil';
import { compileFormatHint } from './format-hint';
import type { HintParser } from './format-hint';
import { excelSerialToCivil } from './excel-serial';
import { isValidTimeZone, wallToUtc } from './zone-offset';
import { parseFallback } from './fallback-formats';
import { parseIsoFast } from './iso-fast';
import type { EventTimeOptions, EventTimeOutcome, TimeWarning } from './time-outcome';
import { quoteTime } from './time-outcome';

/** Re-exported so callers need only this module. */
export type { EventTimeOptions, EventTimeOutcome, TimeWarning } from './time-outcome';

/** A reader for one column's event times, compiled once; `now` (Unix ms) settles 3/4 vs 4/3. */
export type EventTimeParser = (raw: string, now?: number) => EventTimeOutcome;

const NUMERIC = /^\d+(?:\.\d+)?$/;
const compiled = new Map<string, EventTimeParser>();

/**
 * Reads an event_time cell into Unix seconds: ISO 8601 with or without offset/millis/'Z',
 * XLSX date cells (naive "YYYY-MM-DDTHH:mm:ss"), US "M/D/YYYY h:mm AM", European
 * "D.M.YYYY HH:mm", "YYYY-MM-DD HH:mm:ss", the mapping's format hint, Unix seconds or
 * milliseconds (by magnitude), YYYYMMDD and Excel serials. Naive times use opts.timezone.
 */
export function parseEventTime(raw: string, opts: EventTimeOptions): EventTimeOutcome {
  const key = `${opts.format ?? ''}|${opts.timezone}|${opts.dateOrder ?? ''}|${opts.excel1904 ? 1 : 0}`;
  let parser = compiled.get(key);
  if (!parser) {
    parser = compileEventTimeParser(opts);
    if (compiled.size > 100) compiled.clear();
    compiled.set(key, parser);
  }
  return parser(raw, opts.now);
}

/** Compiles the options once; the returned function is the per-row fast path. */
export function compileEventTimeParser(opts: Omit<EventTimeOptions, 'now'>): EventTimeParser {
  const zone = opts.timezone;
  if (!isValidTimeZone(zone)) {
    return () => ({ kind: 'invalid', code: 'time_zone_unknown', message: `'${zone}' is not a time zone we know; pick one like Europe/Berlin.` });
  }
  const hint = opts.format ? compileFormatHint(opts.format) : undefined;
  return (raw, now) => {
    const s = raw.trim();
    if (s === '') return { kind: 'invalid', code: 'time_empty', message: 'The event time is empty.' };
    if (hint) {
      const r = hint(s);
      if (r.ok) return toSeconds(r.civil, zone, raw);
      if (r.error === 'range') return noSuchTime(raw);
    }
    const iso = parseIsoFast(s);
    if (iso) return toSeconds(iso, zone, raw);
    const n = NUMERIC.test(s) ? fromNumber(s, raw, zone, opts.excel1904) : undefined;
    if (n) return n;
    return fromText(s, raw, zone, opts, hint, now);
  };
}

function fromText(
  s: string, raw: string, zone: string, opts: Omit<EventTimeOptions, 'now'>, hint: HintParser | undefined, now: number | undefined,
): EventTimeOutcome {
  const r = parseCivil(s, opts.dateOrder);
  if (r.ok) return toSeconds(r.civil, zone, raw);
  if (r.error === 'range') return noSuchTime(raw);
  if (r.error === 'ambiguous') return settleOrder(s, raw, zone, now);
  const rare = parseFallback(s, zone);
  if (rare) {
    const seconds = Math.floor(rare.ms / 1000);
    return rare.hasTime ? { kind: 'ok', seconds } : { kind: 'ok', seconds, warning: { code: 'time_date_only', message: `${quoteTime(raw)} has no time of day; midnight in ${zone} is used.` } };
  }
  const expected = hint && opts.format ? ` (expected ${opts.format})` : '';
  return { kind: 'invalid', code: 'time_format', message: `${quoteTime(raw)} is not a date and time we can read${expected}.` };
}

/**
 * "06/11/2025" without a known column order: conversions lie in the past, so when exactly
 * one reading is not in the future it is taken (with a warning); otherwise we refuse to guess.
 */
function settleOrder(s: string, raw: string, zone: string, now: number | undefined): EventTimeOutcome {
  const refuse: EventTimeOutcome = { kind: 'invalid', code: 'time_order_ambiguous', message: `${quoteTime(raw)} could be day/month or month/day; set the date format for this column.` };
  if (now === undefined) return refuse;
  const readings = (['DMY', 'MDY'] as const).map((order) => {
    const r = parseCivil(s, order);
    return r.ok ? { order, out: toSeconds(r.civil, zone, raw) } : undefined;
  });
  const past = readings.filter((x) => x?.out.kind === 'ok' && x.out.seconds * 1000 <= now);
  const pick = past.length === 1 ? past[0] : undefined;
  if (!pick || pick.out.kind !== 'ok') return refuse;
  const how = pick.order === 'DMY' ? 'day/month' : 'month/day';
  return { kind: 'ok', seconds: pick.out.seconds, warning: { code: 'time_order_assumed', message: `${quoteTime(raw)} could be read either way; read as ${how} (the other reading is in the future).` } };
}

function fromNumber(s: string, raw: string, zone: string, excel1904: boolean | undefined): EventTimeOutcome | undefined {
  const intDigits = s.indexOf('.') < 0 ? s.length : s.indexOf('.');
  const v = Number(s);
  if (intDigits === 9 || intDigits === 10) return { kind: 'ok', seconds: Math.floor(v) };
  if (intDigits === 12 || intDigits === 13) return { kind: 'ok', seconds: Math.floor(v / 1000) };
  if (intDigits <= 5 && v >= 1) {
    const c = excelSerialToCivil(v, excel1904 ? 1904 : 1900);
    if (!c) return noSuchTime(raw);
    const r = toSeconds(c, zone, raw);
    if (r.kind !== 'ok' || r.warning) return r;
    return { ...r, warning: { code: 'time_excel_serial', message: `${quoteTime(raw)} looks like an Excel date number; read as ${civilText(c)} (${zone}).` } };
  }
  return undefined; // 8 digits (YYYYMMDD) and others go to the text parsers
}

function toSeconds(c: Civil, zone: string, raw: string): EventTimeOutcome {
  if (c.offsetMinutes !== undefined) {
    const ms = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, c.millisecond) - c.offsetMinutes * 60_000;
    return { kind: 'ok', seconds: Math.floor(ms / 1000) };
  }
  const { utcMs, dst } = wallToUtc(zone, c);
  const seconds = Math.floor(utcMs / 1000);
  const warning = warningFor(c, dst, zone, raw);
  return warning ? { kind: 'ok', seconds, warning } : { kind: 'ok', seconds };
}

function warningFor(c: Civil, dst: 'gap' | 'overlap' | undefined, zone: string, raw: string): TimeWarning | undefined {
  const q = quoteTime(raw);
  if (dst === 'gap') return { code: 'time_dst_gap', message: `${q} does not exist in ${zone} (clocks sprang forward); read as one hour later.` };
  if (dst === 'overlap') return { code: 'time_dst_overlap', message: `${q} happened twice in ${zone} (clocks fell back); the first one is used.` };
  if (!c.hasTime) return { code: 'time_date_only', message: `${q} has no time of day; midnight in ${zone} is used.` };
  return undefined;
}

function noSuchTime(raw: string): EventTimeOutcome {
  return { kind: 'invalid', code: 'time_no_such_date', message: `${quoteTime(raw)} is not a real date or time.` };
}

function civilText(c: Civil): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${p(c.month)}-${p(c.day)} ${p(c.hour)}:${p(c.minute)}`;
}
