// event_name and action_source values (PINTEREST-NOTES §6). Since OpenAPI 5.9.0 the spec
// lists names in prose only, and Pinterest accepts advertiser-defined names, so an unknown
// name is a warning, never a hard rejection.

/** Event names listed in the OpenAPI spec (5.23.0). */
export const SPEC_EVENT_NAMES = [
  'add_payment_info', 'add_to_cart', 'add_to_wishlist', 'app_install', 'checkout', 'custom', 'initiate_checkout',
  'lead', 'page_visit', 'search', 'signup', 'subscribe', 'view_category', 'view_content', 'watch_video',
] as const;

/** Extra names from Pinterest's developer guide (conversion overview). */
export const GUIDE_EVENT_NAMES = [
  'app_open', 'contact', 'customize_product', 'find_location', 'schedule', 'start_trial', 'submit_application',
] as const;

/** Every known event name: the union the mapping UI offers. */
export const EVENT_NAMES: readonly string[] = [...SPEC_EVENT_NAMES, ...GUIDE_EVENT_NAMES].sort();

/** Where a conversion happened; file uploads are always 'offline'. */
export const ACTION_SOURCES = ['app_android', 'app_ios', 'web', 'offline'] as const;

/** One action_source value. */
export type ActionSource = (typeof ACTION_SOURCES)[number];

/** Advertiser-defined names: letters, digits, '_' and '-', up to 100 characters. */
export const CUSTOM_EVENT_NAME = /^[A-Za-z0-9_-]{1,100}$/;

// Names seen in exports and other platforms' vocabularies → Pinterest's names.
const SYNONYMS: Record<string, string> = {
  purchase: 'checkout', order: 'checkout', sale: 'checkout', transaction: 'checkout', completedorder: 'checkout',
  addtobasket: 'add_to_cart', begincheckout: 'initiate_checkout', pageview: 'page_visit', viewitem: 'view_content',
  registration: 'signup', completeregistration: 'signup', register: 'signup', generatelead: 'lead', subscription: 'subscribe',
};
// "AddToCart", "Add to cart", "PAGE-VISIT": known names written without underscores.
const BY_KEY = new Map(EVENT_NAMES.map((n) => [n.replace(/_/g, ''), n]));

/** An event name read from a cell or constant. */
export type EventNameOutcome =
  | { kind: 'value'; value: string; warning?: { code: string; message: string } }
  | { kind: 'invalid'; code: string; message: string };

/**
 * Reads an event name: known names in any case or spacing ("Add To Cart" → add_to_cart),
 * common synonyms ("Purchase" → checkout, with a note), and custom names (kept, with a
 * warning that Pinterest must know them). Empty or unusable text is invalid.
 */
export function parseEventName(raw: string): EventNameOutcome {
  const s = raw.trim();
  const snake = s.toLowerCase().replace(/[\s-]+/g, '_');
  if (snake === '') return { kind: 'invalid', code: 'event_name_empty', message: 'The event name is empty.' };
  if (EVENT_NAMES.includes(snake)) return { kind: 'value', value: snake };
  const key = snake.replace(/_/g, '');
  const known = BY_KEY.get(key);
  if (known) return { kind: 'value', value: known };
  const synonym = Object.hasOwn(SYNONYMS, key) ? SYNONYMS[key] : undefined;
  if (synonym) {
    return { kind: 'value', value: synonym, warning: { code: 'event_name_mapped', message: `'${s}' is sent as Pinterest's '${synonym}'.` } };
  }
  if (!CUSTOM_EVENT_NAME.test(s)) {
    return { kind: 'invalid', code: 'event_name_invalid', message: `'${s.slice(0, 40)}' is not a valid event name (letters, digits, _ and - only).` };
  }
  return { kind: 'value', value: s, warning: { code: 'event_name_custom', message: `'${s}' is not a standard Pinterest event; it must be defined in your ad account.` } };
}

/** True for one of the four action_source values. */
export function isActionSource(s: string): s is ActionSource {
  return (ACTION_SOURCES as readonly string[]).includes(s);
}
