import { z } from 'zod';

// Stand-in for core/schema/event-schema.ts (the outbound event schema) until it lands; replaced
// by a re-export then. Closed objects everywhere but user_data, as Pinterest's spec says.

const hashes = z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1);
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);

/** The outbound event, exactly as sent to Pinterest. */
export const pinterestEventSchema = z
  .object({
    event_name: z.string().min(1).max(100),
    action_source: z.enum(['app_android', 'app_ios', 'web', 'offline']),
    event_time: z.number().int().positive(),
    event_id: z.string().min(1),
    user_data: z.looseObject({
      em: hashes.optional(), ph: hashes.optional(), fn: hashes.optional(), ln: hashes.optional(), ge: hashes.optional(),
      db: hashes.optional(), ct: hashes.optional(), st: hashes.optional(), zp: hashes.optional(), country: hashes.optional(),
      external_id: hashes.optional(), hashed_maids: hashes.optional(),
      client_ip_address: z.string().optional(), client_user_agent: z.string().optional(),
      click_id: z.string().optional(), partner_id: z.string().optional(),
    }),
    custom_data: z
      .strictObject({
        currency: z.string().regex(/^[A-Z]{3}$/).optional(),
        value: decimal.optional(),
        content_ids: z.array(z.string()).optional(),
        content_name: z.string().optional(), content_category: z.string().optional(), content_brand: z.string().optional(),
        contents: z.array(z.strictObject({
          id: z.string().optional(), item_price: decimal.optional(), quantity: z.number().int().optional(),
          item_name: z.string().optional(), item_category: z.string().optional(), item_brand: z.string().optional(),
        })).optional(),
        num_items: z.number().int().optional(),
        order_id: z.string().optional(), search_string: z.string().optional(), opt_out_type: z.string().optional(),
        np: z.string().optional(), predicted_ltv: decimal.optional(), external_measurement_id: z.string().optional(),
        external_measurement_vendor_id: z.number().int().optional(),
      })
      .optional(),
    event_source_url: z.string().optional(), opt_out: z.boolean().optional(), partner_name: z.string().optional(),
    app_id: z.string().optional(), app_name: z.string().optional(), app_version: z.string().optional(),
    device_brand: z.string().optional(), device_carrier: z.string().optional(), device_model: z.string().optional(),
    device_type: z.string().optional(), os_version: z.string().optional(), wifi: z.boolean().optional(),
    language: z.string().length(2).optional(),
  })
  .strict();

/** An event as sent to Pinterest. */
export type PinterestEvent = z.infer<typeof pinterestEventSchema>;
