// The seeded ad accounts: AdAccount objects per the spec, including accounts shared through
// Business Access and one whose role cannot send conversions (only FINANCE_VIEW).

/** How a test or the app describes an ad account to seed. */
export interface AdAccountSeed {
  /** Digits only, at most 18. */
  id: string;
  name?: string;
  /** ISO-3166 alpha-2, uppercase (as the spec's enum). */
  country?: string;
  currency?: string;
  /** Business Access roles of the signed-in user on this account; default ['OWNER']. */
  permissions?: string[];
  /** Owned by another user and shared with the signed-in one. */
  shared?: boolean;
  /** Owner; default the sandbox user, or a partner business when `shared`. */
  owner?: { id: string; username: string };
  /** Unix seconds. */
  createdTime?: number;
}

/** An AdAccount as the API returns it. */
export interface AdAccount {
  id: string;
  name: string;
  owner: { id: string; username: string };
  country: string;
  currency: string;
  permissions: string[];
  created_time: number;
  updated_time: number;
}

/** The signed-in user of the sandbox. */
export const sandboxUser = { id: '1151517454275362143', username: 'sandbox_marketer' };
const partnerUser = { id: '1151517454275362917', username: 'partner_agency' };

/** Roles that may send conversions (PINTEREST-NOTES §7; our mapping of Business Access roles). */
export const sendingRoles = ['OWNER', 'ADMIN', 'ANALYST', 'AUDIENCE_MANAGER', 'CAMPAIGN_MANAGER'];

const markets = [
  ['US', 'USD'], ['GB', 'GBP'], ['DE', 'EUR'], ['FR', 'EUR'], ['CA', 'CAD'], ['AU', 'AUD'], ['JP', 'JPY'],
] as const;

const firstThree: { name: string; permissions: string[]; shared: boolean }[] = [
  { name: 'Sandbox Shop', permissions: ['OWNER'], shared: false },
  { name: 'Partner Brand (shared)', permissions: ['ADMIN', 'CAMPAIGN_MANAGER'], shared: true },
  { name: 'Finance View Only (shared)', permissions: ['FINANCE_VIEW'], shared: true },
];

/** `count` deterministic seeds: ids of 15 digits; owned, shared, and view-only in turn. */
export function generateSeeds(count: number): AdAccountSeed[] {
  return Array.from({ length: count }, (_, i) => {
    const [country, currency] = markets[i % markets.length] ?? markets[0];
    const kind = firstThree[i % 3] as (typeof firstThree)[number];
    const name = i < 3 ? `${kind.name}` : `Sandbox account ${i + 1}${kind.shared ? ' (shared)' : ''}`;
    return {
      id: String(549_755_813_888_000 + i * 1_009),
      name: `${name} ${country}`,
      country,
      currency,
      permissions: [...kind.permissions],
      shared: kind.shared,
      createdTime: 1_600_000_000 + i * 86_400,
    };
  });
}

/** Turns seeds into AdAccount objects, refusing bad or duplicate ids. */
export function buildAdAccounts(seeds: AdAccountSeed[]): AdAccount[] {
  const seen = new Set<string>();
  return seeds.map((seed, i) => {
    if (!/^\d{1,18}$/.test(seed.id)) throw new Error(`Ad account seed ${i}: id must be 1-18 digits.`);
    if (seen.has(seed.id)) throw new Error(`Ad account seed ${i}: duplicate id ${seed.id}.`);
    seen.add(seed.id);
    const created = seed.createdTime ?? 1_600_000_000;
    return {
      id: seed.id,
      name: seed.name ?? `Sandbox account ${seed.id}`,
      owner: seed.owner ?? (seed.shared ? partnerUser : sandboxUser),
      country: (seed.country ?? 'US').toUpperCase(),
      currency: seed.currency ?? 'USD',
      permissions: seed.permissions ?? ['OWNER'],
      created_time: created,
      updated_time: created,
    };
  });
}

/** Whether the signed-in user's roles on the account allow sending conversions. */
export function canSend(account: AdAccount): boolean {
  return account.permissions.some((role) => sendingRoles.includes(role));
}
