import type { PinterestEvent } from '../mapping/deps-event-schema';

/** Match keys reported in the Map step, after Pinterest's own Event Quality components. */
export const matchKeys = ['em', 'ph', 'name', 'address', 'external_id', 'hashed_maids', 'click_id', 'ip_ua'] as const;

/** One match key. */
export type MatchKey = (typeof matchKeys)[number];

function has(u: Record<string, unknown>, k: string): boolean {
  const v = u[k];
  return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
}

/** The match keys of an event as a bit mask (bit i = matchKeys[i]): cheap to send between threads. */
export function matchKeyMask(event: PinterestEvent): number {
  // Computed once per event on the hot path, so without building the list of keys.
  const u = event.user_data as Record<string, unknown>;
  let mask = 0;
  if (has(u, 'em')) mask |= 1;
  if (has(u, 'ph')) mask |= 2;
  if (has(u, 'fn') || has(u, 'ln')) mask |= 4;
  if (has(u, 'ct') || has(u, 'st') || has(u, 'zp') || has(u, 'country')) mask |= 8;
  if (has(u, 'external_id')) mask |= 16;
  if (has(u, 'hashed_maids')) mask |= 32;
  if (has(u, 'click_id')) mask |= 64;
  if (has(u, 'client_ip_address') && has(u, 'client_user_agent')) mask |= 128;
  return mask;
}

/** Which match keys one event carries. */
export function matchKeysOf(event: PinterestEvent): MatchKey[] {
  const mask = matchKeyMask(event);
  return matchKeys.filter((_key, i) => (mask & (1 << i)) !== 0);
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
