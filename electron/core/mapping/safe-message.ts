import { fieldLabel } from './field-labels';
import type { Issue } from './issue';

// Issue messages quote the cell ("'0171 234' is too short for Germany"): right for the preview,
// wrong for anything written to disk. Reports, journals and logs use this text instead, built
// only from the code, the field and the column name: never from a value.

const exact: Record<string, string> = {
  'no-identifier': 'no email, mobile ad id, or IP address with user agent to match the conversion on',
  duplicate: 'the same conversion as an earlier row (sent once)',
  'missing-required': 'a required value is empty',
  'internal-event-check': 'internal check failed (please report this problem)',
  'event-id-generated': 'event id empty, one was generated',
  'event-name-custom': 'not a standard Pinterest event name (sent as a custom event)',
  'currency-account': 'currency not recognised, the ad account currency is used',
  time_future: 'the event time is in the future',
  time_too_old: 'the event time is older than Pinterest accepts',
  time_near_limit: 'the event time is almost too old',
};

const prefixes: Array<[string, string]> = [
  ['em_', 'not a usable email address'],
  ['ph_', 'not a usable phone number'],
  ['zp_', 'not a usable zip code'],
  ['st_', 'not a usable state'],
  ['country_', 'not a usable country'],
  ['db_', 'not a usable date of birth'],
  ['ge_', 'not a usable gender'],
  ['time_', 'not a usable date and time'],
  ['money', 'not a usable amount'],
  ['currency', 'not a usable currency'],
  ['integer', 'not a whole number'],
  ['boolean', 'not yes or no'],
];

/** A plain description of an issue that contains no cell value (safe for reports and logs). */
export function safeIssueMessage(issue: Pick<Issue, 'code' | 'field' | 'column'>): string {
  const what = exact[issue.code] ?? prefixes.find(([p]) => issue.code.startsWith(p))?.[1] ?? issue.code.replace(/[_-]+/g, ' ');
  const where = issue.column !== undefined ? `Column ${issue.column}` : issue.field !== undefined ? fieldLabel(issue.field) : undefined;
  return where ? `${where}: ${what}.` : `${what.charAt(0).toUpperCase()}${what.slice(1)}.`;
}
