import { z } from 'zod';

/** Every way an operation can fail, as plain data that survives any transport. */
export const appErrorKinds = [
  'validation', // input we were given is wrong (a form field, a mapping, a channel payload)
  'auth', // token missing, wrong or expired (Pinterest 401 code 2)
  'forbidden', // token valid but not allowed for this ad account (Pinterest 403 code 29)
  'rate-limited', // Pinterest 429 code 8
  'network', // connection refused/reset, timeout, DNS
  'remote', // Pinterest answered with something we did not expect, or 400/5xx with its message
  'unavailable', // Pinterest 503 code 4197 / endpoint ramped down
  'file', // a spreadsheet could not be read (names file, row, column)
  'not-found', // a dataset, job, template or connection id that does not exist
  'cancelled', // the user (or a shutdown) cancelled
  'internal', // a bug: never shown raw, always logged with a request id
] as const;

/** The discriminant of AppError. */
export type AppErrorKind = (typeof appErrorKinds)[number];

/** Schema of AppError: kind + a message a marketer understands + optional context for support. */
export const appErrorSchema = z.object({
  kind: z.enum(appErrorKinds),
  message: z.string(),
  /** Pinterest's x-pinterest-rid, kept for support. */
  requestId: z.string().optional(),
  /** HTTP status and Pinterest's numeric code when the error came from the API. */
  status: z.number().int().optional(),
  code: z.number().int().optional(),
  /** Suggested wait before retrying (rate limits). */
  retryAfterMs: z.number().nonnegative().optional(),
  /** Where in a spreadsheet, for `file` and `validation` errors. */
  file: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  /** Field-level problems, for `validation` errors of forms and mappings. */
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** A failure that crosses the bridge as data (never a thrown exception). */
export type AppError = z.infer<typeof appErrorSchema>;

/** Builds an AppError. */
export function appError(kind: AppErrorKind, message: string, extra: Omit<Partial<AppError>, 'kind' | 'message'> = {}): AppError {
  return { kind, message, ...extra };
}

/** Exhaustiveness guard for switches over discriminated unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
