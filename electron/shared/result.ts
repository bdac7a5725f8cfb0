import { z } from 'zod';
import type { AppError } from './app-error';
import { appErrorSchema } from './app-error';

/** Outcome of every contract call: a value or an AppError, never a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error. */
export function err<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}

/** Schema of Result<T> for a given value schema (used by transports to check answers). */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}
