import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { RateLimiter } from '../../../../electron/core/upload/rate-limiter';

/** Largest number of slots inside any half-open window (t - w, t]. */
function maxInWindow(slots: number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < slots.length; end++) {
    while ((slots[start] as number) <= (slots[end] as number) - windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe('RateLimiter', () => {
  test.prop(
    [
      fc.integer({ min: 1, max: 50 }),
      fc.integer({ min: 10, max: 5000 }),
      fc.integer({ min: 1, max: 10 }),
      fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 600 }),
    ],
    { numRuns: 300 },
  )('never exceeds the limit in any window, and never hands out a slot in the past', (limit, windowMs, burst, gaps) => {
    const limiter = new RateLimiter({ limit, windowMs, burst });
    let now = 0;
    const slots: number[] = [];
    for (const gap of gaps) {
      now += gap;
      const slot = limiter.reserve(now);
      expect(slot).toBeGreaterThanOrEqual(now);
      slots.push(slot);
    }
    expect(maxInWindow(slots, windowMs)).toBeLessThanOrEqual(limit);
    for (let i = 1; i < slots.length; i++) expect(slots[i]).toBeGreaterThanOrEqual(slots[i - 1] as number);
  });

  test('paces a saturated sender close to the limit (live default: 5,000 per minute)', () => {
    const limiter = new RateLimiter({ limit: 5000, windowMs: 60_000 });
    let last = 0;
    for (let i = 0; i < 20_000; i++) last = limiter.reserve(0);
    // 20,000 calls at 5,000/min take ~4 min; the margin costs about 2%.
    const rate = 20_000 / (last / 60_000);
    expect(rate).toBeLessThanOrEqual(5000 * 1.01);
    expect(rate).toBeGreaterThan(5000 * 0.95);
  });

  test('test mode: 10 per second at most', () => {
    const limiter = new RateLimiter({ limit: 10, windowMs: 1000 });
    const slots = Array.from({ length: 100 }, () => limiter.reserve(0));
    expect(maxInWindow(slots, 1000)).toBeLessThanOrEqual(10);
  });
});
