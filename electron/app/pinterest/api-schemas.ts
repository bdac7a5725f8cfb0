import { z } from 'zod';

// zod twins of the Pinterest v5 response schemas we read (vendor/pinterest-openapi/capi-subset.json,
// component names in the comments). Objects are non-strict: Pinterest may add keys at any time, and
// only the keys we rely on are checked. test/unit/app/pinterest/api-schemas.test.ts keeps the
// required-key lists in step with the vendored spec.

/** Messages are nullable strings in the spec and "" when absent in practice: both become "". */
const message = z
  .string()
  .nullable()
  .optional()
  .transform((v) => v ?? '');

/** `ConversionApiResponse.events[i]`: the verdict for data[i], in request order. */
export const eventVerdictSchema = z.object({
  status: z.enum(['processed', 'failed']),
  error_message: message,
  warning_message: message,
});

/** `ConversionApiResponse`: the 200 body of events/create (and the `details` of a 422). */
export const conversionApiResponseSchema = z.object({
  num_events_received: z.number().int(),
  num_events_processed: z.number().int(),
  events: z.array(eventVerdictSchema),
});

/** Parsed ConversionApiResponse. */
export type ConversionApiResponse = z.infer<typeof conversionApiResponseSchema>;

/** `Error`: `{code, message}`; parsed leniently (extra keys such as "status":"failure" are fine). */
export const errorBodySchema = z.object({
  code: z.number().int(),
  message: z.string(),
  message_detail: z.string().optional(),
});

/** Parsed Error body. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** `DetailedError`: an Error with `details` (a 422 carries a ConversionApiResponse there). */
export const detailedErrorSchema = errorBodySchema.extend({ details: z.record(z.string(), z.unknown()) });

/** `AdAccount` (only `id` is required by the spec). */
export const adAccountSchema = z.object({
  id: z.string().regex(/^\d{1,18}$/),
  name: z.string().optional(),
  owner: z.object({ id: z.string().optional(), username: z.string().optional() }).nullable().optional(),
  country: z.string().nullable().optional(),
  currency: z.string().nullable().optional(),
  permissions: z.array(z.string()).nullable().optional(),
  created_time: z.number().nullable().optional(),
  updated_time: z.number().nullable().optional(),
});

/** An ad account as Pinterest describes it. */
export type AdAccount = z.infer<typeof adAccountSchema>;

/** `Paginated` list of ad accounts: `{items, bookmark}`; a null or absent bookmark ends paging. */
export const adAccountPageSchema = z.object({
  items: z.array(adAccountSchema),
  bookmark: z.string().nullable().optional(),
});

/** `UserAccount` (GET /user_account, scope user_accounts:read): only the name we show. */
export const userAccountSchema = z.object({
  username: z.string().optional(),
  business_name: z.string().nullable().optional(),
  account_type: z.string().optional(),
});

/** The signed-in user as we show it. */
export type UserAccount = z.infer<typeof userAccountSchema>;

/** `OauthAccessTokenResponse` base (authorization_code / refresh_token / integration_refresh variants). */
export const oauthTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().default('bearer'),
  expires_in: z.number().int().nonnegative(),
  scope: z.string(),
  response_type: z.string().optional(),
  refresh_token: z.string().min(1).optional(),
  refresh_token_expires_in: z.number().int().optional(),
  refresh_token_expires_at: z.number().int().optional(),
});

/** A parsed token response. */
export type OauthTokenResponse = z.infer<typeof oauthTokenResponseSchema>;

/** `OauthAccessTokenResponseRefresh`: a refresh always rotates the refresh token (required here). */
export const oauthRefreshResponseSchema = oauthTokenResponseSchema.extend({
  refresh_token: z.string().min(1),
  refresh_token_expires_in: z.number().int(),
});

/** Summarises why a body did not match a schema, without echoing any value from it. */
export function describeMismatch(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'unexpected shape';
  const path = first.path.length > 0 ? first.path.join('.') : 'body';
  return `${path}: ${first.code}`;
}
