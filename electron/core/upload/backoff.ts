// Capped exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And
// Jitter"): sleep = random(0, min(cap, base * 2^attempt)). Full jitter spreads the retries of
// concurrent senders so they do not hit Pinterest again in lockstep. A server's Retry-After
// (already parsed to ms by the client, RFC 9110 §10.2.3) wins, clamped so a broken header can
// never stall a run for hours.

/** Backoff settings. */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** Longest Retry-After we obey. */
  maxRetryAfterMs: number;
}

/** Base 1 s, cap 60 s, Retry-After clamped to 15 min (SECURITY-AND-RELIABILITY REL-07). */
export const defaultBackoff: BackoffPolicy = { baseMs: 1000, capMs: 60_000, maxRetryAfterMs: 15 * 60_000 };

/** Full-jitter delay before retry number `attempt` (0 = first retry); `random` returns [0, 1). */
export function backoffDelay(attempt: number, random: () => number, policy: BackoffPolicy = defaultBackoff): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(attempt, 0), 52));
  return Math.floor(Math.min(Math.max(random(), 0), 0.999999999) * ceiling);
}

/** Delay before the next try: the server's Retry-After when given, else full-jitter backoff. */
export function retryDelay(attempt: number, retryAfterMs: number | undefined, random: () => number, policy: BackoffPolicy = defaultBackoff): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs)) return Math.min(Math.max(retryAfterMs, 0), policy.maxRetryAfterMs);
  return backoffDelay(attempt, random, policy);
}
