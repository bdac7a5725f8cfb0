import { describe, expect, it } from 'vitest';
import type { AdAccount } from '../../../electron/sandbox/sandbox';
import { getWith, sandboxPerTest } from './sandbox-helpers';

const start = sandboxPerTest((sandbox) => sandbox.tokens.add({ token: 'oauth', kind: 'oauth', scopes: ['ads:read', 'user_accounts:read'] }));

interface Page {
  items: AdAccount[];
  bookmark: string | null;
}

describe('GET /v5/ad_accounts', () => {
  it('pages through 600 accounts with page_size 250: all 600 exactly once, null bookmark on the last page', async () => {
    const s = await start({ adAccounts: 600 });
    const seen: string[] = [];
    const sizes: number[] = [];
    let bookmark: string | null = null;
    do {
      const query = `?page_size=250${bookmark ? `&bookmark=${encodeURIComponent(bookmark)}` : ''}`;
      const answer = await getWith(s, `/ad_accounts${query}`, 'oauth');
      expect(answer.status).toBe(200);
      const page = answer.body as Page;
      sizes.push(page.items.length);
      seen.push(...page.items.map((a) => a.id));
      bookmark = page.bookmark;
    } while (bookmark !== null);
    expect(sizes).toEqual([250, 250, 100]);
    expect(new Set(seen).size).toBe(600);
    expect([...seen].sort()).toEqual([...s.adAccountIds].sort());
  });

  it('defaults to 25 per page and returns spec-shaped AdAccount objects', async () => {
    const s = await start({ adAccounts: 30 });
    const page = (await getWith(s, '/ad_accounts', 'oauth')).body as Page;
    expect(page.items).toHaveLength(25);
    expect(typeof page.bookmark).toBe('string');
    const account = page.items[0]!;
    expect(Object.keys(account).sort()).toEqual(['country', 'created_time', 'currency', 'id', 'name', 'owner', 'permissions', 'updated_time']);
    expect(account.owner).toEqual({ id: expect.any(String), username: expect.any(String) });
    expect(account.id).toMatch(/^\d{15,18}$/);
  });

  it('400 for page_size outside 1..250 or not a number, and for a foreign bookmark', async () => {
    const s = await start();
    for (const size of ['0', '251', 'ten']) {
      const answer = await getWith(s, `/ad_accounts?page_size=${size}`, 'oauth');
      expect(answer).toMatchObject({ status: 400, body: { code: expect.any(Number), message: expect.stringMatching(/^Invalid request: /) } });
    }
    expect((await getWith(s, '/ad_accounts?bookmark=garbage', 'oauth')).status).toBe(400);
  });

  it('include_shared_accounts=false lists only owned accounts; a restricted token sees only its accounts', async () => {
    const s = await start();
    const all = ((await getWith(s, '/ad_accounts', 'oauth')).body as Page).items;
    const owned = ((await getWith(s, '/ad_accounts?include_shared_accounts=false', 'oauth')).body as Page).items;
    expect(all).toHaveLength(3);
    expect(owned.map((a) => a.id)).toEqual([s.adAccountIds[0]]);
    expect(all.some((a) => a.permissions.length === 1 && a.permissions[0] === 'FINANCE_VIEW')).toBe(true);
    s.tokens.add({ token: 'narrow', kind: 'oauth', adAccountIds: [s.adAccountIds[1]!] });
    expect(((await getWith(s, '/ad_accounts', 'narrow')).body as Page).items.map((a) => a.id)).toEqual([s.adAccountIds[1]]);
  });

  it('accepts custom seeds', async () => {
    const s = await start({ adAccounts: [{ id: '123456789012345678', name: 'Mine', country: 'fr', currency: 'EUR' }] });
    const answer = await getWith(s, '/ad_accounts/123456789012345678', 'oauth');
    expect(answer.body).toMatchObject({ id: '123456789012345678', name: 'Mine', country: 'FR', currency: 'EUR', permissions: ['OWNER'] });
  });
});

describe('GET /v5/ad_accounts/{id} and /v5/user_account', () => {
  it('returns one account, 404 "AdAccount not found." for an unknown id, 401 without a token', async () => {
    const s = await start();
    const id = s.adAccountIds[1]!;
    expect(await getWith(s, `/ad_accounts/${id}`, 'oauth')).toMatchObject({ status: 200, body: { id } });
    expect(await getWith(s, '/ad_accounts/999999999999999', 'oauth')).toMatchObject({ status: 404, body: { code: 2, message: 'AdAccount not found.' } });
    expect(await getWith(s, `/ad_accounts/${id}`, 'unknown')).toMatchObject({ status: 401, body: { code: 2 } });
  });

  it('tells who is signed in (scope user_accounts:read)', async () => {
    const s = await start();
    expect(await getWith(s, '/user_account', 'oauth')).toMatchObject({ status: 200, body: { username: expect.any(String), account_type: 'BUSINESS' } });
    s.tokens.add({ token: 'ads-only', kind: 'oauth', scopes: ['ads:read'] });
    expect(await getWith(s, '/user_account', 'ads-only')).toMatchObject({ status: 401, body: { code: 3 } });
  });
});
