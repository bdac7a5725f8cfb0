import { describe, expect, it } from 'vitest';
import { emptyListMessage, roleOf, toAdAccountView } from '../../../../electron/app/accounts/account-view';
import { adAccountViewSchema } from '../../../../electron/shared/views';

describe('toAdAccountView', () => {
  it.each([
    [['OWNER'], 'Owner', true],
    [['ADMIN', 'CAMPAIGN_MANAGER'], 'Admin', true],
    [['ANALYST'], 'Analyst', true],
    [['AUDIENCE_MANAGER'], 'Audience manager', true],
    [['CAMPAIGN_MANAGER', 'FINANCE_VIEW'], 'Campaign manager', true],
    [['FINANCE_VIEW'], 'Finance (view only)', false],
    [['CATALOGS_MANAGER'], 'Catalogs manager', false],
    [['SOMETHING_NEW'], 'Something new', false],
    [[], undefined, false],
  ])('%j → role %s, canSend %s', (permissions, role, canSend) => {
    const view = toAdAccountView({ id: '123', name: 'Shop', permissions, country: 'DE', currency: 'EUR', owner: { username: 'me' } });
    expect(view).toMatchObject({ id: '123', name: 'Shop', role, canSend, country: 'DE', currency: 'EUR', owner: 'me' });
    expect(view.reason === undefined).toBe(canSend);
    expect(adAccountViewSchema.safeParse(view).success).toBe(true);
  });

  it('names an unnamed account after its id and tolerates nulls', () => {
    expect(toAdAccountView({ id: '9', permissions: null, country: null, currency: null, owner: null })).toMatchObject({ name: 'Ad account 9', canSend: false });
  });

  it('roleOf picks the strongest role', () => expect(roleOf(['ANALYST', 'OWNER'])).toBe('Owner'));

  it('explains an empty list and a list without any sendable account', () => {
    expect(emptyListMessage([])).toMatch(/no ad accounts/);
    expect(emptyListMessage([toAdAccountView({ id: '1', permissions: ['FINANCE_VIEW'] })])).toMatch(/None of your ad accounts/);
    expect(emptyListMessage([toAdAccountView({ id: '1', permissions: ['OWNER'] })])).toBeUndefined();
  });
});
