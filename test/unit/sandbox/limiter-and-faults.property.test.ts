import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createFaults } from '../../../electron/sandbox/faults';
import { SlidingWindowLimiter } from '../../../electron/sandbox/rate-limiter';

const target = { method: 'POST', path: '/v5/ad_accounts/1/events', test: false, adAccountId: '1' };

describe('properties', () => {
  test.prop([fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 300 })])(
    'the limiter never admits more than `limit` calls in any window, and refuses only when the window is full',
    (limit, gaps) => {
      let now = 0;
      const windowMs = 1_000;
      const limiter = new SlidingWindowLimiter(limit, windowMs, () => now);
      const admitted: number[] = [];
      for (const gap of gaps) {
        now += gap;
        const inWindow = admitted.filter((t) => t > now - windowMs).length;
        const ok = limiter.tryTake('k');
        expect(ok).toBe(inWindow < limit);
        if (ok) admitted.push(now);
      }
    },
  );

  test.prop([fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), fc.integer({ min: 1, max: 80 })])(
    'an `every` rule fires exactly on the multiples of its period, capped by `times`',
    (every, times, requests) => {
      const faults = createFaults();
      faults.add({ every, respond: { status: 500 }, ...(times === undefined ? {} : { times }) });
      const fired: number[] = [];
      for (let i = 1; i <= requests; i++) if (faults.match(target)) fired.push(i);
      const expected = Array.from({ length: requests }, (_, i) => i + 1).filter((n) => n % every === 0);
      expect(fired).toEqual(times === undefined ? expected : expected.slice(0, times));
    },
  );
});
