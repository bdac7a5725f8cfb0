// The match-quality summary in words: which share of events carries each key Pinterest matches
// people on, and what to add. Pinterest recommends em, ph, fn, ln (and click id) on checkout
// events and external_id on all events (PINTEREST-NOTES §2.2).

/** One key in the summary. */
export interface MatchItem {
  key: string;
  label: string;
  share: number;
  recommended: boolean;
}

const keys: Array<{ key: string; label: string; recommended: boolean }> = [
  { key: 'em', label: 'Email', recommended: true },
  { key: 'ph', label: 'Phone', recommended: true },
  { key: 'name', label: 'Name', recommended: true },
  { key: 'address', label: 'Address', recommended: false },
  { key: 'external_id', label: 'Customer id', recommended: true },
  { key: 'hashed_maids', label: 'Mobile ad id', recommended: false },
  { key: 'click_id', label: 'Click id', recommended: false },
  { key: 'ip_ua', label: 'IP + browser', recommended: false },
];

/** The keys to show: the recommended ones always, the others only when present. */
export function matchItems(shares: Record<string, number>): MatchItem[] {
  return keys
    .map((k) => ({ ...k, share: shares[k.key] ?? 0 }))
    .filter((k) => k.recommended || k.share > 0);
}

/** One plain sentence of advice: the weakest recommended key, or praise. */
export function matchAdvice(shares: Record<string, number>): string {
  const missing = matchItems(shares).filter((k) => k.recommended && k.share < 0.5);
  if (missing.length === 0) return 'Good coverage: Pinterest can match most of these conversions.';
  const names = missing.map((k) => k.label.toLowerCase());
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Pinterest recommends email, phone and name on every purchase and a customer id on all events. Most rows lack ${list}: map those columns if your file has them to match more conversions.`;
}
