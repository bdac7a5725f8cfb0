import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { backoffDelay, defaultBackoff, retryDelay } from '../../../../electron/core/upload/backoff';
import { RetryBudget } from '../../../../electron/core/upload/retry-budget';

describe('backoff', () => {
  test.prop([fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })])(
    'full jitter stays within [0, min(cap, base * 2^attempt))',
    (attempt, r) => {
      const delay = backoffDelay(attempt, () => r);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.max(1, Math.min(defaultBackoff.capMs, defaultBackoff.baseMs * 2 ** attempt)));
    },
  );

  test('the distribution is uniform-ish: the mean is about half the ceiling', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const samples = Array.from({ length: 20_000 }, () => backoffDelay(3, random));
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    expect(mean).toBeGreaterThan(8000 * 0.45);
    expect(mean).toBeLessThan(8000 * 0.55);
    expect(Math.max(...samples)).toBeLessThan(8000);
  });

  test.prop([fc.integer({ min: -1e9, max: 1e10 })])('Retry-After wins and is clamped to [0, 15 min]', (ms) => {
    const delay = retryDelay(0, ms, () => 0.5);
    expect(delay).toBe(Math.min(Math.max(ms, 0), 15 * 60_000));
  });

  test('without Retry-After the jittered backoff is used', () => {
    expect(retryDelay(2, undefined, () => 0.5)).toBe(2000);
  });
});

describe('RetryBudget', () => {
  test('refuses once a batch used its tries', () => {
    const budget = new RetryBudget({ maxAttemptsPerBatch: 3, maxRetryWaitMs: 1e9 });
    expect(budget.take(1, 10, 'HTTP 503').ok).toBe(true);
    expect(budget.take(2, 10, 'HTTP 503').ok).toBe(true);
    const third = budget.take(3, 10, 'HTTP 503');
    expect(third.ok).toBe(false);
    expect(!third.ok && third.reason).toMatch(/after 3 tries.*paused/);
    expect(budget.retries).toBe(2);
  });

  test('refuses once the run waited its total', () => {
    const budget = new RetryBudget({ maxAttemptsPerBatch: 100, maxRetryWaitMs: 1000 });
    expect(budget.take(1, 600, 'network').ok).toBe(true);
    expect(budget.take(1, 600, 'network').ok).toBe(false);
    expect(budget.waitedMs).toBe(600);
  });
});
