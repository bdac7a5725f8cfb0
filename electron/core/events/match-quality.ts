import type { PinterestEvent } from '../mapping/deps-event-schema';

/** Match keys reported in the Map step, after Pinterest's own Event Quality components. */
export const matchKeys = ['em', 'ph', 'name', 'address', 'external_id', 'hashed_maids', 'click_id', 'ip_ua'] as const;

/** One match key. */
export type MatchKey = (typeof matchKeys)[number];

/** Which match keys one event carries. */
export function matchKeysOf(event: PinterestEvent): MatchKey[] {
  const u = event.user_data as Record<string, unknown>;
  const has = (k: string) => u[k] !== undefined && u[k] !== '' && !(Array.isArray(u[k]) && (u[k] as unknown[]).length === 0);
  const keys: MatchKey[] = [];
  if (has('em')) keys.push('em');
  if (has('ph')) keys.push('ph');
  if (has('fn') || has('ln')) keys.push('name');
  if (has('ct') || has('st') || has('zp') || has('country')) keys.push('address');
  if (has('external_id')) keys.push('external_id');
  if (has('hashed_maids')) keys.push('hashed_maids');
  if (has('click_id')) keys.push('click_id');
  if (has('client_ip_address') && has('client_user_agent')) keys.push('ip_ua');
  return keys;
}

/** The match keys of an event as a bit mask (bit i = matchKeys[i]): cheap to send between threads. */
export function matchKeyMask(event: PinterestEvent): number {
  let mask = 0;
  for (const key of matchKeysOf(event)) mask |= 1 << matchKeys.indexOf(key);
  return mask;
}

/** Counts match keys over valid events and reports each as a share (0..1). */
export class MatchQuality {
  private readonly counts = new Map<MatchKey, number>(matchKeys.map((k) => [k, 0]));
  private events = 0;

  /** Counts one valid event. */
  add(event: PinterestEvent): void {
    this.addMask(matchKeyMask(event));
  }

  /** Counts one valid event from its match-key mask. */
  addMask(mask: number): void {
    this.events += 1;
    matchKeys.forEach((key, i) => {
      if (mask & (1 << i)) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    });
  }

  /** Share of valid events with each key. */
  shares(): Record<MatchKey, number> {
    const out = {} as Record<MatchKey, number>;
    for (const key of matchKeys) out[key] = this.events === 0 ? 0 : (this.counts.get(key) ?? 0) / this.events;
    return out;
  }
}
