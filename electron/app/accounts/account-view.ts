import type { z } from 'zod';
import type { adAccountViewSchema } from '../../shared/views';
import type { AdAccount } from '../pinterest/api-schemas';

/** An ad account as the picker shows it. */
export type AdAccountView = z.infer<typeof adAccountViewSchema>;

/** Business Access roles that may send conversions (PINTEREST-NOTES §7; unverified mapping). */
export const sendingPermissions = ['OWNER', 'ADMIN', 'ANALYST', 'AUDIENCE_MANAGER', 'CAMPAIGN_MANAGER'] as const;

// Most powerful first: the picker shows the best role the user holds.
const roleNames: [string, string][] = [
  ['OWNER', 'Owner'],
  ['ADMIN', 'Admin'],
  ['CAMPAIGN_MANAGER', 'Campaign manager'],
  ['AUDIENCE_MANAGER', 'Audience manager'],
  ['ANALYST', 'Analyst'],
  ['RESTRICTED_OWNER', 'Restricted owner'],
  ['FINANCE_MANAGER', 'Finance manager'],
  ['FINANCE_EDIT', 'Finance (edit)'],
  ['FINANCE_VIEW', 'Finance (view only)'],
  ['CATALOGS_MANAGER', 'Catalogs manager'],
  ['PROFILE_MANAGER', 'Profile manager'],
  ['PROFILE_PUBLISHER', 'Profile publisher'],
  ['SOS_READER', 'Reader'],
  ['RESOURCE_CONVERSION_TAGS_READER', 'Conversion tags reader'],
];

/** The human name of the best role among `permissions` (undefined when none is known). */
export function roleOf(permissions: readonly string[]): string | undefined {
  const held = new Set(permissions);
  for (const [permission, name] of roleNames) if (held.has(permission)) return name;
  const first = permissions[0];
  return first ? first.toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()) : undefined;
}

/** Maps Pinterest's AdAccount to the picker's view; canSend false (with the reason) without a sending role. */
export function toAdAccountView(account: AdAccount): AdAccountView {
  const permissions = account.permissions ?? [];
  const role = roleOf(permissions);
  const canSend = permissions.some((p) => (sendingPermissions as readonly string[]).includes(p));
  const view: AdAccountView = {
    id: account.id,
    name: account.name?.trim() || `Ad account ${account.id}`,
    country: account.country ?? undefined,
    currency: account.currency ?? undefined,
    role,
    canSend,
    owner: account.owner?.username ?? undefined,
  };
  if (!canSend) {
    view.reason = role
      ? `Your role on this account (${role}) cannot send conversions. Ask its owner for Admin, Analyst, Audience or Campaign access.`
      : 'Pinterest did not say what your role on this account is, so it cannot be used to send conversions.';
  }
  return view;
}

/** The message shown with a list that has no usable account (undefined when at least one can send). */
export function emptyListMessage(views: readonly AdAccountView[]): string | undefined {
  if (views.length === 0) {
    return 'This Pinterest sign-in has no ad accounts, and none are shared with it. Create one in Ads Manager, or ask a business to share one with you (Business Access), then reload.';
  }
  if (!views.some((v) => v.canSend)) {
    return 'None of your ad accounts lets you send conversions: that needs the Owner, Admin, Analyst, Audience or Campaign role.';
  }
  return undefined;
}
