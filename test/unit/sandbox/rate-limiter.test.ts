import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from '../../../electron/sandbox/rate-limiter';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` calls in any window and refuses the next', () => {
    let now = 1_000_000;
    const limiter = new SlidingWindowLimiter(3, 60_000, () => now);
    expect([limiter.tryTake('a'), limiter.tryTake('a'), limiter.tryTake('a')]).toEqual([true, true, true]);
    expect(limiter.tryTake('a')).toBe(false);
    expect(limiter.tryTake('b')).toBe(true);
    now += 59_999;
    expect(limiter.tryTake('a')).toBe(false);
    now += 1;
    expect(limiter.tryTake('a')).toBe(true);
  });

  it('slides: calls spread over the window free up one by one', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(2, 1_000, () => now);
    expect(limiter.tryTake('k')).toBe(true);
    now = 500;
    expect(limiter.tryTake('k')).toBe(true);
    now = 999;
    expect(limiter.tryTake('k')).toBe(false);
    expect(limiter.waitMs('k')).toBe(1);
    now = 1_000;
    expect(limiter.tryTake('k')).toBe(true);
    now = 1_499;
    expect(limiter.tryTake('k')).toBe(false);
    expect(limiter.waitMs('k')).toBe(1);
  });

  it('never lets more than `limit` calls into any window under a steady flood', () => {
    let now = 0;
    const limit = 50;
    const limiter = new SlidingWindowLimiter(limit, 1_000, () => now);
    const accepted: number[] = [];
    for (let t = 0; t < 5_000; t += 7) {
      now = t;
      if (limiter.tryTake('x')) accepted.push(t);
    }
    for (const start of accepted) expect(accepted.filter((t) => t >= start && t < start + 1_000).length).toBeLessThanOrEqual(limit);
    expect(accepted.length).toBeGreaterThanOrEqual(limit * 5);
  });
});
