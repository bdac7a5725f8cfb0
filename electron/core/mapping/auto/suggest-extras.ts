import type { FieldSource, Mapping } from '../../../shared/mapping';
import { normalizeHeader } from './header-match';
import type { SuggestInput } from './suggest-input';
import { samplesOf } from './suggest-input';

const orderFields = ['custom_data.order_id', 'custom_data.value', 'custom_data.contents.id', 'custom_data.contents.quantity'];

/** Constants a file rarely holds: event name, action source, and the account's currency. */
export function suggestConstants(mapping: Mapping, input: SuggestInput): void {
  const f = mapping.fields;
  if (!f.event_name) {
    const looksLikeOrders = orderFields.some((path) => f[path] !== undefined);
    f.event_name = { value: looksLikeOrders ? 'checkout' : 'lead' };
  }
  if (!f.action_source) f.action_source = { value: 'offline' };
  if (!f['custom_data.currency'] && input.accountCurrency && f['custom_data.value']) f['custom_data.currency'] = { value: input.accountCurrency };
}

function columnOf(source: FieldSource | undefined): string | undefined {
  return source?.column ?? source?.columns?.[0];
}

function commaDecimal(samples: readonly string[]): boolean {
  const comma = samples.filter((s) => /\d,\d{1,2}\s*\D*$/.test(s.trim())).length;
  const dot = samples.filter((s) => /\d\.\d{1,2}\s*\D*$/.test(s.trim())).length;
  return comma > 0 && comma > dot;
}

/** Joins a separate time column to a date-only event_time column (Square: "Date" + "Time"). */
function joinTime(mapping: Mapping, input: SuggestInput): void {
  const source = mapping.fields.event_time;
  const date = columnOf(source);
  if (!source || !date || source.columns) return;
  const used = new Set(Object.values(mapping.fields).flatMap((s) => s.columns ?? (s.column ? [s.column] : [])));
  const time = input.columns.find((c) => !used.has(c) && normalizeHeader(c) === 'time' && samplesOf(input, c).every((v) => /^\s*\d{1,2}:\d{2}/.test(v)));
  const dateOnly = samplesOf(input, date).every((v) => !/\d:\d{2}/.test(v));
  if (time && dateOnly) mapping.fields.event_time = { columns: [date, time] };
}

function singleCountry(input: SuggestInput, column: string | undefined): string | undefined {
  if (!column) return undefined;
  const codes = new Set(samplesOf(input, column).map((v) => v.trim().toUpperCase()).filter((v) => v !== ''));
  const [only] = [...codes];
  return codes.size === 1 && only && /^[A-Z]{2}$/.test(only) ? only : undefined;
}

/** Options and hints: decimal commas, line-item merging, a default country, date + time columns. */
export function suggestOptions(mapping: Mapping, input: SuggestInput): void {
  for (const path of ['custom_data.value', 'custom_data.contents.item_price', 'custom_data.predicted_ltv']) {
    const source = mapping.fields[path];
    const column = columnOf(source);
    if (source && column && commaDecimal(samplesOf(input, column))) source.decimal = ',';
  }
  const f = mapping.fields;
  if (f['custom_data.order_id'] && Object.keys(f).some((p) => p.startsWith('custom_data.contents.')))
    mapping.options.mergeRowsBy = 'custom_data.order_id';
  const country = singleCountry(input, columnOf(f['user_data.country']));
  if (country) mapping.options.defaultCountry = country;
  joinTime(mapping, input);
}
