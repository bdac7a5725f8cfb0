import {
  checkEventWindow,
  hashNormalized,
  isSha256Hex,
  normalizeIdentity,
  parseBoolean,
  parseCurrency,
  parseEventTime,
  parseInteger,
  parseMoney,
} from './deps';
import { CellMemo } from './cell-memo';
import { fieldLabel } from './field-labels';
import type { FieldKind } from './field-kinds';
import { shortName } from './field-kinds';
import type { BuildContext, FieldPlan } from './plan';
import { namePart } from '../normalize/full-name';

/** A converted cell: a value to send, and/or a problem to report. */
export interface CellResult {
  value?: string | number | boolean | string[];
  problem?: { severity: 'error' | 'warning'; code: string; message: string };
}

/** Resolved settings a cell conversion needs (mapping options over the context). */
export interface ConvertEnv extends BuildContext {
  defaultCountry?: string;
  /** Per-field memos of converted cells, by the field's slot (filled lazily; see CellMemo). */
  memos?: Array<CellMemo | undefined>;
}

type Converter = (plan: FieldPlan, raw: string, env: ConvertEnv) => CellResult;

const error = (code: string, message: string): CellResult => ({ problem: { severity: 'error', code, message } });
const warning = (code: string, message: string, value?: CellResult['value']): CellResult =>
  value === undefined ? { problem: { severity: 'warning', code, message } } : { value, problem: { severity: 'warning', code, message } };

const eventNames = new Set(['add_payment_info', 'add_to_cart', 'add_to_wishlist', 'app_install', 'app_open', 'checkout', 'contact',
  'custom', 'customize_product', 'find_location', 'initiate_checkout', 'lead', 'page_visit', 'schedule', 'search', 'signup',
  'start_trial', 'submit_application', 'subscribe', 'view_category', 'view_content', 'watch_video']);
const actionSources = new Set(['app_android', 'app_ios', 'web', 'offline']);
const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const ipv6 = /^(?=[0-9a-fA-F:.]*::|([0-9a-fA-F]{1,4}:){7})[0-9a-fA-F:.]{2,45}$/;

// A user_data field's key is its identity field name; computed from the path otherwise.
const identityKey = (plan: FieldPlan): string => (plan.target === 'user' ? plan.key : shortName(plan.path));

// One normalize context per environment instead of one per cell.
const contexts = new WeakMap<ConvertEnv, { defaultCountry?: string }>();
function normalizeContext(env: ConvertEnv): { defaultCountry?: string } {
  let ctx = contexts.get(env);
  if (!ctx || ctx.defaultCountry !== env.defaultCountry) contexts.set(env, (ctx = { defaultCountry: env.defaultCountry }));
  return ctx;
}

function hashed(plan: FieldPlan, raw: string, env: ConvertEnv): CellResult {
  if (plan.hashed) {
    const text = raw.trim();
    if (isSha256Hex(text)) return { value: text.toLowerCase() };
    return error('not-hashed', `${fieldLabel(plan.path)} '${raw}' is marked as already hashed but is not a SHA-256 value.`);
  }
  // A full-name column feeding first or last name: only that part of the name is sent.
  const text = plan.part ? namePart(raw, plan.part) : raw;
  if (text === '') return {};
  const result = normalizeIdentity(identityKey(plan), text, normalizeContext(env));
  switch (result.kind) {
    case 'empty':
      return {};
    case 'prehashed':
      return { value: result.value };
    case 'invalid':
      return warning(result.code, `${result.message} It is left out.`);
    case 'value': {
      const hash = hashNormalized(result.value, env.hasher);
      return result.warning ? warning('identity-adjusted', result.warning, hash) : { value: hash };
    }
  }
}

function time(plan: FieldPlan, raw: string, env: ConvertEnv): CellResult {
  const parsed = parseEventTime(raw, { format: plan.format, timezone: env.timezone, now: env.now });
  if (!parsed.ok) return error(parsed.code, parsed.message);
  const window = checkEventWindow(parsed.seconds, env.now, env.maxEventAgeDays, env.timezone);
  if (window?.severity === 'error') return error(window.code, window.message);
  if (window) return warning(window.code, window.message, parsed.seconds);
  return parsed.warning ? warning('time-adjusted', parsed.warning, parsed.seconds) : { value: parsed.seconds };
}

function eventName(_plan: FieldPlan, raw: string): CellResult {
  const name = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (!/^[a-z0-9_]{1,100}$/.test(name)) return error('event-name-invalid', `'${raw}' is not an event name Pinterest accepts.`);
  if (eventNames.has(name)) return { value: name };
  return warning('event-name-custom', `'${raw}' is not a standard Pinterest event; it is sent as a custom event name.`, name);
}

function actionSource(_plan: FieldPlan, raw: string): CellResult {
  const source = raw.trim().toLowerCase();
  if (actionSources.has(source)) return { value: source };
  return error('action-source-invalid', `'${raw}' is not an action source (offline, web, app_android or app_ios).`);
}

function ip(_plan: FieldPlan, raw: string): CellResult {
  const text = raw.trim();
  if (ipv4.test(text) || ipv6.test(text)) return { value: text };
  return warning('ip-invalid', `'${raw}' is not an IP address. It is left out.`);
}

function money(plan: FieldPlan, raw: string): CellResult {
  const parsed = parseMoney(raw, { decimal: plan.decimal });
  if (!parsed.ok) return error(parsed.code, parsed.message);
  return parsed.warning ? warning('money-adjusted', parsed.warning, parsed.value.amount) : { value: parsed.value.amount };
}

function integer(_plan: FieldPlan, raw: string): CellResult {
  const parsed = parseInteger(raw);
  return parsed.ok ? { value: parsed.value } : error(parsed.code, parsed.message);
}

function currency(_plan: FieldPlan, raw: string, env: ConvertEnv): CellResult {
  const parsed = parseCurrency(raw);
  if (parsed.ok) return parsed.warning ? warning('currency-adjusted', parsed.warning, parsed.value) : { value: parsed.value };
  if (env.accountCurrency)
    return warning('currency-account', `${parsed.message} The ad account's currency ${env.accountCurrency} is used.`, env.accountCurrency);
  return warning(parsed.code, `${parsed.message} It is left out, so Pinterest uses the ad account's currency.`);
}

function boolean(_plan: FieldPlan, raw: string): CellResult {
  const parsed = parseBoolean(raw);
  return parsed.ok ? { value: parsed.value } : error(parsed.code, parsed.message);
}

function language(_plan: FieldPlan, raw: string): CellResult {
  const code = raw.trim().toLowerCase().slice(0, 2);
  return /^[a-z]{2}$/.test(code) ? { value: code } : warning('language-invalid', `'${raw}' is not a language code. It is left out.`);
}

// Items separated by , ; or |, trimmed, blanks dropped; scanned by hand (a split, a map and a
// filter made three arrays per cell).
function list(_plan: FieldPlan, raw: string): CellResult {
  let items: string[] | undefined;
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 44;
    if (c !== 44 && c !== 59 && c !== 124) continue;
    const item = raw.slice(start, i).trim();
    if (item !== '') (items ??= []).push(item);
    start = i + 1;
  }
  return items ? { value: items } : {};
}

const text: Converter = (_plan, raw) => ({ value: raw.trim() });

const converters: Record<FieldKind, Converter> = {
  hashed, time, ip, money, integer, currency, boolean, language, list, text,
  'event-name': eventName,
  'action-source': actionSource,
  raw: text,
};

/** Converts one non-blank cell (or constant) of a field into the value Pinterest expects. */
export function convertCell(plan: FieldPlan, raw: string, env: ConvertEnv): CellResult {
  return converters[plan.kind](plan, raw, env);
}

// Only conversions that cost more than a Map lookup are memoized (normalize + hash, code tables).
const memoized = new Set<FieldKind>(['hashed', 'currency', 'event-name', 'action-source', 'language', 'boolean']);

/**
 * convertCell through the field's memo (same results, computed once per distinct value). The
 * memo is found by the field's slot, an array index (a Map keyed by the plan cost a hash
 * look-up per cell); a field without a slot (a plan made by hand) is simply not memoized.
 */
export function convertCellCached(plan: FieldPlan, raw: string, env: ConvertEnv): CellResult {
  const convert = converters[plan.kind];
  const slot = plan.slot;
  if (slot === undefined || !memoized.has(plan.kind)) return convert(plan, raw, env);
  const memos = (env.memos ??= []);
  let memo = memos[slot];
  if (!memo) memos[slot] = memo = new CellMemo();
  return memo.get(raw, convert, plan, env);
}
