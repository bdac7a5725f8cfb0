import type { Mapping } from '../../shared/mapping';
import type { FieldPlan, MappingIssue } from './plan';

const required: Array<[string, string]> = [
  ['event_name', 'Choose an event name (a column, or a constant such as "checkout").'],
  ['action_source', 'Choose an action source (for a file this is normally the constant "offline").'],
  ['event_time', 'Map the column that holds when each conversion happened.'],
];

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function checkOptions(mapping: Mapping, issues: MappingIssue[]): void {
  const { timezone, defaultCountry } = mapping.options;
  if (timezone !== undefined && !validZone(timezone))
    issues.push({ field: 'options.timezone', severity: 'error', message: `"${timezone}" is not a time zone name such as Europe/Berlin.` });
  if (defaultCountry !== undefined && !/^[A-Za-z]{2}$/.test(defaultCountry))
    issues.push({ field: 'options.defaultCountry', severity: 'error', message: `"${defaultCountry}" is not a two-letter country code.` });
}

function checkIds(fields: readonly FieldPlan[], issues: MappingIssue[]): void {
  const id = fields.find((f) => f.path === 'event_id');
  if (id?.input.kind === 'constant')
    issues.push({ field: 'event_id', severity: 'error', message: 'Event id cannot be a constant: every conversion needs its own id.' });
  const order = fields.find((f) => f.path === 'custom_data.order_id');
  if (!id && !order)
    issues.push({
      field: 'event_id',
      severity: 'warning',
      message: 'No order id or event id column: ids are made from each row\'s content, so identical rows count as one conversion.',
    });
}

/** Adds issues for missing required fields, a missing identifier and bad options. */
export function checkRequired(mapping: Mapping, fields: readonly FieldPlan[], issues: MappingIssue[]): void {
  const has = (path: string) => fields.some((f) => f.path === path) || issues.some((i) => i.field === path);
  for (const [path, message] of required) if (!has(path)) issues.push({ field: path, severity: 'error', message });
  const canMatch = has('user_data.em') || has('user_data.hashed_maids') || (has('user_data.client_ip_address') && has('user_data.client_user_agent'));
  if (!canMatch)
    issues.push({
      field: 'user_data.em',
      severity: 'error',
      message: 'Map an email column (or mobile ad ids, or IP address and user agent together): Pinterest needs one of them to match people.',
    });
  for (const f of fields)
    if (f.input.kind === 'constant' && (f.path === 'user_data.em' || f.kind === 'time'))
      issues.push({ field: f.path, severity: 'error', message: `This field must come from a column, not a constant.` });
  checkIds(fields, issues);
  checkOptions(mapping, issues);
}
