import { describe, expect, it } from 'vitest';
import { buildAdAccounts, canSend, generateSeeds } from '../../../electron/sandbox/ad-accounts';
import { decodeBookmark, encodeBookmark } from '../../../electron/sandbox/ad-accounts-endpoint';
import { createReceivedLog } from '../../../electron/sandbox/received-log';
import { createTokenRegistry } from '../../../electron/sandbox/token-registry';

describe('ad account seeds', () => {
  it('default three: owned, shared admin, shared finance-view-only (cannot send)', () => {
    const accounts = buildAdAccounts(generateSeeds(3));
    expect(accounts.map((a) => a.permissions)).toEqual([['OWNER'], ['ADMIN', 'CAMPAIGN_MANAGER'], ['FINANCE_VIEW']]);
    expect(accounts.map(canSend)).toEqual([true, true, false]);
    expect(new Set(accounts.map((a) => a.owner.id)).size).toBe(2);
    for (const a of accounts) expect(a.country).toMatch(/^[A-Z]{2}$/);
  });

  it('generates unique ids of 15-18 digits for many accounts', () => {
    const ids = generateSeeds(600).map((s) => s.id);
    expect(new Set(ids).size).toBe(600);
    for (const id of ids) expect(id).toMatch(/^\d{15,18}$/);
  });

  it('refuses bad and duplicate ids', () => {
    expect(() => buildAdAccounts([{ id: 'abc' }])).toThrow(/1-18 digits/);
    expect(() => buildAdAccounts([{ id: '1' }, { id: '1' }])).toThrow(/duplicate/);
  });

  it('bookmarks round-trip and foreign ones are refused', () => {
    expect(decodeBookmark(encodeBookmark(250))).toBe(250);
    expect(decodeBookmark('bm90LW91cnM')).toBeUndefined();
  });
});

describe('token registry', () => {
  it('judges expiry with the clock, and revocation', () => {
    let now = 1_000;
    const tokens = createTokenRegistry(() => now);
    tokens.add({ token: 't', kind: 'oauth', expiresAt: 2_000, adAccountIds: ['1'] });
    expect(tokens.state('t')).toBe('valid');
    expect(tokens.get('t')?.scopes).toContain('ads:write');
    expect([tokens.allows('t', '1'), tokens.allows('t', '2')]).toEqual([true, false]);
    now = 2_000;
    expect(tokens.state('t')).toBe('expired');
    tokens.add({ token: 'c', kind: 'conversion' });
    expect(tokens.allows('c', 'anything')).toBe(true);
    expect(tokens.expire('c')).toBe(true);
    expect(tokens.state('c')).toBe('expired');
    tokens.add({ token: 'r', kind: 'conversion' });
    tokens.revoke('r');
    expect([tokens.state('r'), tokens.state('nope')]).toEqual(['revoked', 'unknown']);
  });
});

describe('received log', () => {
  it('counts event ids per account and keeps only ids in ids mode', () => {
    const log = createReceivedLog('ids');
    log.addEvent('1', { event_id: 'a', event_name: 'checkout' });
    log.addEvent('1', { event_id: 'a' });
    log.addEvent('2', { event_id: 'b' });
    expect(log.events('1')).toEqual([{ event_id: 'a' }, { event_id: 'a' }]);
    expect(log.eventIdCounts('1')).toEqual(new Map([['a', 2]]));
    expect(log.totalEvents()).toBe(3);
    log.clear();
    expect(log.events('1')).toEqual([]);
  });
});
