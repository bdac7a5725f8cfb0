import { headerHints, normalizeHeader } from './header-match';
import type { ValueProfile } from './value-sniff';
import { profileValues } from './value-sniff';

/** A possible field for a column. */
export interface Candidate {
  column: string;
  field: string;
  score: number;
  reason: string;
  /** Values are already SHA-256 hex. */
  hashed?: boolean;
}

type Shape = Exclude<keyof ValueProfile, 'count'>;

// Which value shape confirms (or contradicts) a header hint, and how values are described.
const expected: Record<string, [Shape[], string]> = {
  'user_data.em': [['email'], 'email addresses'],
  'user_data.ph': [['phone'], 'phone numbers'],
  'user_data.client_ip_address': [['ipv4', 'ipv6'], 'IP addresses'],
  'user_data.client_user_agent': [['userAgent'], 'browser user agents'],
  event_time: [['dateTime'], 'dates'],
  'custom_data.value': [['money'], 'amounts'],
  'custom_data.contents.item_price': [['money'], 'amounts'],
  'custom_data.contents.quantity': [['integer'], 'whole numbers'],
  'custom_data.num_items': [['integer'], 'whole numbers'],
  'custom_data.currency': [['currency'], 'currency codes'],
};

function best(profile: ValueProfile, shapes: readonly Shape[]): number {
  return Math.max(...shapes.map((s) => profile[s]));
}

function adjust(candidate: Candidate, profile: ValueProfile): Candidate {
  if (profile.count === 0) return { ...candidate, score: candidate.score - 0.1, reason: `${candidate.reason}; the column is empty in the sample` };
  if (candidate.field.startsWith('user_data.') && profile.sha256 >= 0.8)
    return { ...candidate, score: Math.max(candidate.score, 0.85), hashed: true, reason: `${candidate.reason}; values are already SHA-256 hashed` };
  const rule = expected[candidate.field];
  if (!rule) return candidate;
  const share = best(profile, rule[0]);
  if (share >= 0.6) return { ...candidate, score: Math.min(0.98, candidate.score + 0.07), reason: `${candidate.reason}, and its values are ${rule[1]}` };
  if (share < 0.3) return { ...candidate, score: 0.3, reason: `${candidate.reason}, but its values are not ${rule[1]}` };
  return candidate;
}

function fromValues(column: string, profile: ValueProfile): Candidate[] {
  const found: Candidate[] = [];
  const add = (field: string, score: number, what: string) => found.push({ column, field, score, reason: `its values are ${what}` });
  if (profile.count === 0) return found;
  if (profile.email >= 0.8) add('user_data.em', 0.85, 'email addresses');
  if (profile.ipv4 >= 0.8 || profile.ipv6 >= 0.8) add('user_data.client_ip_address', 0.8, 'IP addresses');
  if (profile.userAgent >= 0.8) add('user_data.client_user_agent', 0.8, 'browser user agents');
  if (profile.dateTime >= 0.8 && profile.integer < 0.5) add('event_time', 0.6, 'dates');
  if (profile.phone >= 0.9 && profile.money < 0.5 && profile.dateTime < 0.5 && profile.orderNumber < 0.5) add('user_data.ph', 0.55, 'phone numbers');
  if (profile.currency >= 0.9 && profile.country < 0.5) add('custom_data.currency', 0.7, 'currency codes');
  if (normalizeHeader(column) === 'name' && profile.orderNumber >= 0.8) add('custom_data.order_id', 0.85, 'order numbers such as #1001');
  return found;
}

/** Every field a column might feed, scored from its header and its sample values. */
export function columnCandidates(column: string, samples: readonly string[]): Candidate[] {
  const profile = profileValues(samples);
  const hints = headerHints(column).map((h) => adjust({ column, field: h.field, score: h.score, reason: h.reason }, profile));
  const known = new Set(hints.map((h) => h.field));
  return [...hints, ...fromValues(column, profile).filter((c) => !known.has(c.field))].sort((a, b) => b.score - a.score);
}
