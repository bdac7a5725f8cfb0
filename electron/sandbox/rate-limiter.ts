// Sliding-window rate limiter: at most `limit` calls per key in any `windowMs` span, which is
// the strictest reading of "5,000 calls per minute" (a client pacing to it never gets a 429).

/** A per-key sliding-window limiter driven by an injectable clock. */
export class SlidingWindowLimiter {
  private readonly calls = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number,
  ) {}

  /** Counts a call for `key` and returns true, or returns false (nothing counted) when over the limit. */
  tryTake(key: string): boolean {
    const now = this.clock();
    const times = this.prune(key, now);
    if (times.length >= this.limit) return false;
    times.push(now);
    return true;
  }

  /** Milliseconds until `key` may call again (0 when it may now). */
  waitMs(key: string): number {
    const now = this.clock();
    const times = this.prune(key, now);
    if (times.length < this.limit) return 0;
    return (times[times.length - this.limit] ?? now) + this.windowMs - now;
  }

  /** Forgets every recorded call. */
  reset(): void {
    this.calls.clear();
  }

  private prune(key: string, now: number): number[] {
    let times = this.calls.get(key);
    if (!times) {
      times = [];
      this.calls.set(key, times);
    }
    let drop = 0;
    while (drop < times.length && (times[drop] as number) <= now - this.windowMs) drop++;
    if (drop > 0) times.splice(0, drop);
    return times;
  }
}
