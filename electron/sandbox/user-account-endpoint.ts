// GET /v5/user_account (scope user_accounts:read): who is signed in, so the app can show it.
import { sandboxUser } from './ad-accounts';
import { authenticate } from './auth';
import type { SandboxRequest, SandboxResponse } from './http-io';
import { json } from './http-io';
import type { SandboxContext } from './sandbox-context';

/** The sandbox user's UserAccount object (fields as Pinterest's `user_account/get`). */
export const sandboxUserAccount = {
  account_type: 'BUSINESS',
  id: sandboxUser.id,
  username: sandboxUser.username,
  business_name: 'Sandbox Marketer (offline demo)',
  profile_image: '',
  website_url: 'https://example.com',
  about: 'Embedded Pinterest sandbox: nothing leaves this computer.',
  board_count: 0,
  pin_count: 0,
  follower_count: 0,
  following_count: 0,
  monthly_views: 0,
};

/** GET /v5/user_account */
export function getUserAccount(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
  const auth = authenticate(req, ctx, { scope: 'user_accounts:read', conversionToken: false });
  return auth.ok ? json(200, sandboxUserAccount) : auth.response;
}
