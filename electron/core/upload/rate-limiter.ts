// Per-ad-account pacing. Two rules combined:
// 1. a hard sliding window: at most `limit` calls in ANY span of `windowMs` (+ a safety margin
//    for clock skew and network jitter between our start time and Pinterest's arrival time);
// 2. smoothing (GCRA, i.e. a token bucket with a small burst): calls are spread evenly at the
//    limit's rate instead of 5,000 at once, so a shorter server-side window is never tripped.
// Callers reserve a slot and sleep until it; reservations are handed out in order, so
// concurrent senders never stampede. Pure: time comes in as `now`.

/** A rate limit: `limit` calls per `windowMs`. */
export interface RateLimit {
  limit: number;
  windowMs: number;
  /** Calls allowed back to back before smoothing applies (default 4, about one per sender). */
  burst?: number;
  /** Extra spacing added to the window (default max(25 ms, 2% of the window)). */
  marginMs?: number;
}

/** Pinterest's strictest published live figure: 5,000 calls per minute per ad account. */
export const liveRateLimit: RateLimit = { limit: 5000, windowMs: 60_000 };

/** Pinterest's test-request cap: 10 calls per second. */
export const testRateLimit: RateLimit = { limit: 10, windowMs: 1000 };

/** Reserves send times that never exceed a RateLimit. */
export class RateLimiter {
  private readonly ring: Float64Array;
  private head = 0;
  private count = 0;
  private last = -Infinity;
  private tat = -Infinity;
  private readonly interval: number;
  private readonly tolerance: number;
  private readonly span: number;

  constructor(readonly rate: RateLimit) {
    if (!(rate.limit >= 1) || !(rate.windowMs > 0)) throw new RangeError('A rate limit needs limit >= 1 and windowMs > 0.');
    const margin = rate.marginMs ?? Math.max(25, rate.windowMs * 0.02);
    this.span = rate.windowMs + margin;
    this.ring = new Float64Array(rate.limit);
    this.interval = this.span / rate.limit;
    this.tolerance = (Math.max(1, rate.burst ?? 4) - 1) * this.interval;
  }

  /** Takes the next free slot at or after `now`; returns its time (sleep until then, then call). */
  reserve(now: number): number {
    let at = Math.max(now, this.last, this.tat - this.tolerance);
    if (this.count === this.rate.limit) at = Math.max(at, (this.ring[this.head] as number) + this.span);
    this.tat = Math.max(this.tat, at) + this.interval;
    this.last = at;
    this.ring[this.head] = at;
    this.head = (this.head + 1) % this.rate.limit;
    if (this.count < this.rate.limit) this.count++;
    return at;
  }
}
