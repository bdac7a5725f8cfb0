import { z } from 'zod';
import { ACTION_SOURCES } from './event-names';
import { appInfoSchema, deviceInfoSchema } from './event-schema-device';

// The outbound self-check: every event is parsed with this before it leaves, so a bug in
// the pipeline can never send raw personal data or a key Pinterest rejects (a 400 drops the
// whole batch). Stricter than the spec on purpose: user_data is closed too (we only send
// keys we know), hashed fields must be non-empty arrays of lowercase SHA-256 hex, numbers
// sent as strings must be plain decimals, and we never send null.

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be lowercase SHA-256 hex');
const hashed = z.array(sha256).min(1);
const decimal = z.string().regex(/^-?\d+(?:\.\d+)?$/, 'must be a plain decimal like "72.39"');
const text = z.string().min(1);

/** user_data: hashed identity arrays plus the few raw (unhashed) keys. */
export const userDataSchema = z
  .strictObject({
    em: hashed.optional(), ph: hashed.optional(), fn: hashed.optional(), ln: hashed.optional(),
    ge: hashed.optional(), db: hashed.optional(), ct: hashed.optional(), st: hashed.optional(),
    zp: hashed.optional(), country: hashed.optional(), external_id: hashed.optional(), hashed_maids: hashed.optional(),
    client_ip_address: text.optional(), client_user_agent: text.optional(), click_id: text.optional(), partner_id: text.optional(),
  })
  .refine((u) => u.em !== undefined || u.hashed_maids !== undefined || (u.client_ip_address !== undefined && u.client_user_agent !== undefined), {
    message: 'needs an email, a mobile ad ID, or both IP address and user agent',
  });

/** One product line of custom_data.contents. */
export const contentItemSchema = z.strictObject({
  id: z.string().optional(),
  item_price: decimal.optional(),
  quantity: z.int().optional(),
  item_name: z.string().optional(),
  item_category: z.string().optional(),
  item_brand: z.string().optional(),
});

/** custom_data (closed: an unknown key makes Pinterest reject the whole batch). */
export const customDataSchema = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like EUR').optional(),
  value: decimal.optional(),
  content_ids: z.array(z.string()).optional(),
  content_name: z.string().optional(),
  content_category: z.string().optional(),
  content_brand: z.string().optional(),
  contents: z.array(contentItemSchema).optional(),
  num_items: z.int().optional(),
  order_id: z.string().optional(),
  search_string: z.string().optional(),
  opt_out_type: z.string().optional(),
  np: z.string().optional(),
  predicted_ltv: decimal.optional(),
  external_measurement_id: z.string().optional(),
  external_measurement_vendor_id: z.int().optional(),
});

/** One conversion event exactly as it is sent (a `data[]` item). */
export const pinterestEventSchema = z.strictObject({
  event_name: z.string().min(1).max(100),
  action_source: z.enum(ACTION_SOURCES),
  event_time: z.int().min(0),
  event_id: text,
  user_data: userDataSchema,
  custom_data: customDataSchema.optional(),
  event_source_url: z.string().optional(),
  opt_out: z.boolean().optional(),
  partner_name: z.string().optional(),
  app_id: z.string().optional(),
  app_name: z.string().optional(),
  app_version: z.string().optional(),
  device_brand: z.string().optional(),
  device_carrier: z.string().optional(),
  device_model: z.string().optional(),
  device_type: z.string().optional(),
  os_version: z.string().optional(),
  wifi: z.boolean().optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code').optional(),
  app_info: appInfoSchema.optional(),
  device_info: deviceInfoSchema.optional(),
});

/** A conversion event as sent to Pinterest. */
export type PinterestEvent = z.infer<typeof pinterestEventSchema>;

/** The request body of POST /ad_accounts/{id}/events: 1 to 1000 events. */
export const conversionEventsBodySchema = z.strictObject({ data: z.array(pinterestEventSchema).min(1).max(1000) });

/** The request body type. */
export type ConversionEventsBody = z.infer<typeof conversionEventsBodySchema>;
