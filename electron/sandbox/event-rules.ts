// Per-event checks the OpenAPI schema cannot express (PINTEREST-NOTES §2.2, §11). A failure
// here fails only that event (`status: "failed"`), never the whole request.
import type { EventMessages } from './event-messages';

/** Fields that must carry SHA-256 digests. */
export const hashedFields = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country', 'external_id', 'hashed_maids'] as const;

const knownUserDataFields = new Set<string>([...hashedFields, 'client_ip_address', 'client_user_agent', 'click_id', 'partner_id']);
const actionSources = new Set(['app_android', 'app_ios', 'web', 'offline']);

/** Pinterest's event names: the spec's list and the developer guide's additions (§6). */
export const knownEventNames = new Set([
  'add_payment_info', 'add_to_cart', 'add_to_wishlist', 'app_install', 'checkout', 'custom', 'initiate_checkout',
  'lead', 'page_visit', 'search', 'signup', 'subscribe', 'view_category', 'view_content', 'watch_video',
  'app_open', 'contact', 'customize_product', 'find_location', 'schedule', 'start_trial', 'submit_application',
]);

const sha256Lower = /^[0-9a-f]{64}$/;
const sha256Upper = /^[0-9a-fA-F]{64}$/;

/** Settings of the per-event checks. */
export interface EventRuleSettings {
  /** Receipt time in Unix seconds. */
  nowSec: number;
  maxEventAgeDays: number;
  /** Tolerated clock skew for "future" times, seconds. */
  futureSkewSec: number;
  messages: EventMessages;
}

/** Verdict for one event: "" means no message, as Pinterest sends it. */
export interface EventVerdict {
  error: string;
  warning: string;
}

function nonEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

function userDataError(userData: Record<string, unknown>, messages: EventMessages): string {
  const identified =
    nonEmptyArray(userData.em) ||
    nonEmptyArray(userData.hashed_maids) ||
    (nonEmptyString(userData.client_ip_address) && nonEmptyString(userData.client_user_agent));
  if (!identified) return messages.missingUserData();
  for (const field of hashedFields) {
    const values = userData[field];
    if (!Array.isArray(values)) continue;
    for (const [index, value] of values.entries()) {
      if (typeof value !== 'string' || sha256Lower.test(value)) continue;
      return sha256Upper.test(value) ? messages.uppercaseHash(field, index) : messages.notHashed(field, index);
    }
  }
  return '';
}

function eventTimeError(eventTime: number, settings: EventRuleSettings): string {
  const { nowSec, messages } = settings;
  if (eventTime >= 1e12) return messages.millisecondsTime(eventTime, nowSec);
  if (eventTime > nowSec + settings.futureSkewSec) return messages.futureTime(eventTime, nowSec);
  if (eventTime < nowSec - settings.maxEventAgeDays * 86_400) return messages.pastTime(eventTime, nowSec);
  return '';
}

function warningFor(event: Record<string, unknown>, userData: Record<string, unknown>, messages: EventMessages): string {
  const name = String(event.event_name);
  if (!knownEventNames.has(name)) {
    const text = messages.unknownEventName(name);
    if (text) return text;
  }
  for (const key in userData) if (!knownUserDataFields.has(key)) return messages.unknownUserDataField(key);
  return '';
}

/** Checks one schema-valid event; the first failing rule gives its error message. */
export function checkEvent(event: Record<string, unknown>, settings: EventRuleSettings): EventVerdict {
  const { messages } = settings;
  const userData = (event.user_data ?? {}) as Record<string, unknown>;
  const actionSource = String(event.action_source);
  const error =
    (actionSources.has(actionSource) ? '' : messages.invalidActionSource(actionSource)) ||
    userDataError(userData, messages) ||
    eventTimeError(Number(event.event_time), settings);
  return { error, warning: error ? '' : warningFor(event, userData, messages) };
}
