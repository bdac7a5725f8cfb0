// REL-03: one bad event (an unknown key, a wrong type) makes Pinterest refuse a whole request
// with a 400. We isolate the offenders by splitting, and deliver everything else.
//
// Strategy (adaptive group testing): keep one set K known to hold a bad event and a pool U of
// events not tried since. Send the first half of K: if it goes through, the second half must
// hold the bad event (no need to send it); if it fails, it becomes K and the second half joins
// U. A singleton K is the offender and is rejected with Pinterest's message for the smallest
// refused request that contained it. Then U is sent as one request; if that fails it becomes K.
// Each round isolates one bad event in at most ceil(log2 n) + 1 requests, so b bad events cost
// at most b * (ceil(log2 n) + 1) requests after the first refusal.

/** A request the bisection wants sent. */
export interface Probe<T> {
  items: T[];
}

/** One event found to be refused, with the message of a refused request that contained it. */
export interface Rejection<T> {
  item: T;
  message: string;
}

/** Drives the splitting of one refused batch; the caller sends each probe and reports back. */
export class Bisection<T> {
  private known: { items: T[]; message: string } | undefined;
  private pool: T[] = [];
  private pendingRight: T[] | undefined;
  private current: Probe<T> | undefined;
  private poolProbe = false;
  /** Offenders found so far. */
  readonly rejected: Rejection<T>[] = [];
  /** Requests handed out so far. */
  probes = 0;

  constructor(items: T[], message: string) {
    this.known = { items, message };
  }

  /** The next request to send, or undefined when the bisection is finished. */
  next(): Probe<T> | undefined {
    if (this.current) throw new Error('Report the previous probe first.');
    for (;;) {
      if (this.known) {
        const { items, message } = this.known;
        if (items.length === 1) {
          this.rejected.push({ item: items[0] as T, message });
          this.known = undefined;
          continue;
        }
        const half = Math.ceil(items.length / 2);
        this.pendingRight = items.slice(half);
        this.poolProbe = false;
        return this.hand(items.slice(0, half));
      }
      if (this.pool.length === 0) return undefined;
      const pool = this.pool;
      this.pool = [];
      this.poolProbe = true;
      return this.hand(pool);
    }
  }

  /** Reports the last probe: delivered (`undefined`) or refused with Pinterest's message. */
  report(refusal: string | undefined): void {
    const probe = this.current;
    if (!probe) throw new Error('No probe is out.');
    this.current = undefined;
    if (this.poolProbe) {
      if (refusal !== undefined) this.known = { items: probe.items, message: refusal };
      return;
    }
    const right = this.pendingRight ?? [];
    this.pendingRight = undefined;
    if (refusal === undefined) {
      this.known = { items: right, message: this.known?.message ?? '' };
    } else {
      this.known = { items: probe.items, message: refusal };
      this.pool.push(...right);
    }
  }

  /** True when every item is delivered or rejected. */
  get done(): boolean {
    return !this.current && !this.known && this.pool.length === 0;
  }

  private hand(items: T[]): Probe<T> {
    this.probes++;
    this.current = { items };
    return this.current;
  }
}
