import type { RateLimit } from '../../core/upload/rate-limiter';
import { liveRateLimit, RateLimiter, testRateLimit } from '../../core/upload/rate-limiter';

// One limiter per ad account (live) and one for all test requests (Pinterest caps test calls
// per app), shared by every job in this process: two jobs for the same account split its quota
// instead of each taking all of it.

/** Limits in force (overridable for tests and the sandbox's own limit). */
export interface LimiterSettings {
  live: RateLimit;
  test: RateLimit;
}

const limiters = new Map<string, RateLimiter>();

/** The shared limiter for an account and mode. Changing `rate` for a key replaces its limiter. */
export function sharedLimiter(adAccountId: string, test: boolean, settings?: Partial<LimiterSettings>): RateLimiter {
  const rate = (test ? settings?.test : settings?.live) ?? (test ? testRateLimit : liveRateLimit);
  const key = test ? 'test' : `live:${adAccountId}`;
  const existing = limiters.get(key);
  if (existing && sameRate(existing.rate, rate)) return existing;
  const limiter = new RateLimiter(rate);
  limiters.set(key, limiter);
  return limiter;
}

function sameRate(a: RateLimit, b: RateLimit): boolean {
  return a.limit === b.limit && a.windowMs === b.windowMs && a.burst === b.burst && a.marginMs === b.marginMs;
}
