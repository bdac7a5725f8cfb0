import { describe, expect, it } from 'vitest';
import { createFaults, faultLabel } from '../../../electron/sandbox/faults';
import type { FaultTarget } from '../../../electron/sandbox/faults';

const events: FaultTarget = { method: 'POST', path: '/v5/ad_accounts/1/events', test: false, adAccountId: '1' };
const accounts: FaultTarget = { method: 'GET', path: '/v5/ad_accounts', test: false };

function firings(faults: ReturnType<typeof createFaults>, n: number, target: FaultTarget = events): number[] {
  const fired: number[] = [];
  for (let i = 1; i <= n; i++) if (faults.match(target)) fired.push(i);
  return fired;
}

describe('fault rules', () => {
  it('every: fires on each multiple', () => {
    const faults = createFaults();
    faults.add({ every: 7, respond: { status: 429 } });
    expect(firings(faults, 22)).toEqual([7, 14, 21]);
  });

  it('nth: fires once, on that request', () => {
    const faults = createFaults();
    faults.add({ nth: 5, action: 'hang' });
    expect(firings(faults, 12)).toEqual([5]);
  });

  it('afterCalls with times: fires after N calls, at most `times` times', () => {
    const faults = createFaults();
    faults.add({ afterCalls: 3, respond: { status: 401 }, times: 2 });
    expect(firings(faults, 10)).toEqual([4, 5]);
  });

  it('no count: fires on every request; times caps it', () => {
    const faults = createFaults();
    faults.add({ respond: { status: 503 }, times: 3 });
    expect(firings(faults, 6)).toEqual([1, 2, 3]);
  });

  it('counts only requests on its path (default: the events endpoint)', () => {
    const faults = createFaults();
    faults.add({ every: 2, respond: { status: 500 } });
    expect(firings(faults, 3, accounts)).toEqual([]);
    expect(firings(faults, 4)).toEqual([2, 4]);
    const tokenFaults = createFaults();
    tokenFaults.add({ path: '/v5/ad_accounts', respond: { status: 500 } });
    expect(firings(tokenFaults, 2, accounts)).toEqual([1, 2]);
    expect(firings(tokenFaults, 2)).toEqual([]);
  });

  it('filters by test mode and ad account', () => {
    const faults = createFaults();
    faults.add({ test: true, respond: { status: 429 } });
    faults.add({ adAccountId: '2', respond: { status: 403 } });
    expect(faults.match(events)).toBeUndefined();
    expect(faults.match({ ...events, test: true })?.rule.respond?.status).toBe(429);
    expect(faults.match({ ...events, adAccountId: '2' })?.rule.respond?.status).toBe(403);
  });

  it('lets the first added rule win while every rule keeps counting', () => {
    const faults = createFaults();
    const a = faults.add({ every: 2, respond: { status: 429 } });
    const b = faults.add({ every: 3, respond: { status: 500 } });
    const statuses = Array.from({ length: 6 }, () => faults.match(events)?.rule.respond?.status ?? 200);
    expect(statuses).toEqual([200, 429, 500, 429, 200, 429]);
    expect([a.seen, a.fired, b.seen, b.fired]).toEqual([6, 3, 6, 1]);
  });

  it('remove and clear stop rules', () => {
    const faults = createFaults();
    const rule = faults.add({ respond: { status: 500 } });
    rule.remove();
    expect(faults.match(events)).toBeUndefined();
    faults.add({ respond: { status: 500 } });
    faults.clear();
    expect(faults.list()).toEqual([]);
    expect(faults.match(events)).toBeUndefined();
  });

  it('refuses rules that cannot mean anything', () => {
    const faults = createFaults();
    expect(() => faults.add({ every: 0, respond: { status: 500 } })).toThrow(/start at 1/);
    expect(() => faults.add({ nth: 2, every: 3, respond: { status: 500 } })).toThrow(/one of/);
    expect(() => faults.add({ every: 2 })).toThrow(/respond, action or delayMs/);
    expect(() => faults.add({ respond: { status: 42 } })).toThrow(/HTTP status/);
    expect(() => faults.add({ action: 'explode' as never })).toThrow(/unknown action/);
    expect(faults.list()).toEqual([]);
  });

  it('labels rules for the request log', () => {
    expect(faultLabel({ action: 'reset' })).toBe('reset');
    expect(faultLabel({ respond: { status: 429 } })).toBe('status-429');
    expect(faultLabel({ delayMs: 10 })).toBe('delay');
    expect(faultLabel({ name: 'x', action: 'hang' })).toBe('x');
  });
});
