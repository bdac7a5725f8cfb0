import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Bisection } from '../../../../electron/core/upload/bisection';

/** Runs a bisection against an oracle that refuses any request holding a bad item. */
function run(n: number, bad: Set<number>) {
  const items = Array.from({ length: n }, (_, i) => i);
  const bisection = new Bisection(items, 'first refusal');
  const delivered: number[] = [];
  for (let probe = bisection.next(); probe; probe = bisection.next()) {
    const offender = probe.items.find((i) => bad.has(i));
    if (offender === undefined) delivered.push(...probe.items);
    bisection.report(offender === undefined ? undefined : `bad ${offender}`);
  }
  return { bisection, delivered };
}

describe('Bisection (REL-03)', () => {
  test.prop([fc.integer({ min: 1, max: 1000 }).chain((n) => fc.tuple(fc.constant(n), fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: Math.min(n, 40) })))], {
    numRuns: 500,
  })('rejects exactly the bad events, delivers every other one once, within b*(ceil(log2 n)+1) requests', ([n, badList]) => {
    const bad = new Set(badList);
    const { bisection, delivered } = run(n, bad);
    expect(bisection.done).toBe(true);
    expect(new Set(bisection.rejected.map((r) => r.item))).toEqual(bad);
    expect(bisection.rejected).toHaveLength(bad.size);
    expect([...delivered].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i).filter((i) => !bad.has(i)));
    expect(bisection.probes).toBeLessThanOrEqual(bad.size * (Math.ceil(Math.log2(n)) + 1));
  });

  test('each rejection carries the message of a refused request that held it', () => {
    const { bisection } = run(16, new Set([5]));
    expect(bisection.rejected).toEqual([{ item: 5, message: expect.stringMatching(/bad 5|first refusal/) }]);
  });

  test('a refused single event is rejected without another request', () => {
    const bisection = new Bisection(['only'], 'Invalid request: x');
    expect(bisection.next()).toBeUndefined();
    expect(bisection.rejected).toEqual([{ item: 'only', message: 'Invalid request: x' }]);
    expect(bisection.probes).toBe(0);
  });
});
