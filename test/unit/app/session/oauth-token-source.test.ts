import { describe, expect, it } from 'vitest';
import { appError } from '../../../../electron/shared/app-error';
import { err, ok } from '../../../../electron/shared/result';
import type { Result } from '../../../../electron/shared/result';
import type { OauthTokenResponse } from '../../../../electron/app/pinterest/api-schemas';
import type { ConnectionSecret } from '../../../../electron/app/session/connection-index';
import { createOAuthTokenSource, secretFromTokenResponse } from '../../../../electron/app/session/oauth-token-source';
import { TokenUnavailableError } from '../../../../electron/app/pinterest/token-source';

// The refresh policy in isolation (timing and ordering); the end-to-end version runs against the
// sandbox in test/integration/session/oauth.test.ts.
function setup(refresh: (rt: string) => Promise<Result<OauthTokenResponse>>, expiresInMs: number) {
  let now = 1_000_000;
  let secret: ConnectionSecret = { accessToken: 'a0', refreshToken: 'r0', expiresAt: now + expiresInMs };
  const events: string[] = [];
  let refused = 0;
  const source = createOAuthTokenSource({
    current: () => secret,
    save: async (next) => {
      events.push(`save ${next.refreshToken}`);
      secret = next;
    },
    refresh: async (rt) => {
      events.push(`refresh ${rt}`);
      return refresh(rt);
    },
    onRefreshRefused: () => void refused++,
    clock: () => now,
  });
  return { source, events, advance: (ms: number) => (now += ms), refused: () => refused, secret: () => secret };
}
const rotated = (n: number): Result<OauthTokenResponse> =>
  ok({ access_token: `a${n}`, refresh_token: `r${n}`, expires_in: 3600, scope: 'ads:read', token_type: 'bearer', refresh_token_expires_in: 5_184_000 });

describe('OAuth token source', () => {
  it('uses the token as is while far from expiry', async () => {
    const t = setup(async () => rotated(1), 60 * 60 * 1000);
    expect(await t.source.accessToken()).toBe('a0');
    expect(t.events).toEqual([]);
  });

  it('refreshes within 5 minutes of expiry, saving before use; concurrent callers share one refresh', async () => {
    let n = 0;
    const t = setup(async () => rotated(++n), 4 * 60 * 1000);
    const tokens = await Promise.all([t.source.accessToken(), t.source.accessToken(), t.source.accessToken()]);
    expect(tokens).toEqual(['a1', 'a1', 'a1']);
    expect(t.events).toEqual(['refresh r0', 'save r1']);
  });

  it('refreshAfterUnauthorized: true after a rotation, false (and "sign in again") when refused', async () => {
    const ok1 = setup(async () => rotated(1), 60 * 60 * 1000);
    expect(await ok1.source.refreshAfterUnauthorized!()).toBe(true);
    expect(ok1.secret().refreshToken).toBe('r1');
    const refused = setup(async () => err(appError('auth', 'no', { status: 400 })), 60 * 60 * 1000);
    expect(await refused.source.refreshAfterUnauthorized!()).toBe(false);
    expect(refused.refused()).toBe(1);
  });

  it('keeps using a still-valid token when a refresh fails transiently; throws once expired', async () => {
    const t = setup(async () => err(appError('network', 'down')), 2 * 60 * 1000);
    expect(await t.source.accessToken()).toBe('a0');
    t.advance(3 * 60 * 1000);
    await expect(t.source.accessToken()).rejects.toBeInstanceOf(TokenUnavailableError);
    expect(t.refused()).toBe(0);
  });

  it('secretFromTokenResponse keeps the previous refresh token when none is returned', () => {
    const s = secretFromTokenResponse({ access_token: 'x', expires_in: 10, scope: 's', token_type: 'bearer' }, 1000, { accessToken: 'o', refreshToken: 'keep' });
    expect(s).toMatchObject({ accessToken: 'x', refreshToken: 'keep', expiresAt: 11_000 });
    const t = secretFromTokenResponse({ access_token: 'x', expires_in: 10, scope: 's', token_type: 'bearer', refresh_token: 'n', refresh_token_expires_at: 50 }, 1000);
    expect(t.refreshExpiresAt).toBe(50_000);
  });
});
