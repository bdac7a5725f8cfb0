import { ItemCodes, itemCode } from '../../core/upload/item-codes';
import type { RowState } from '../../core/upload/row-tally';
import { RowTally } from '../../core/upload/row-tally';
import type { Counts } from '../../shared/contract';
import type { Problem } from './engine-types';

// Everything a run knows about its rows while it goes: counts (which always reconcile), one
// code per item, the problem rows with their messages, and a recent-rate meter for the ETA.

/** Seconds of history behind the rate figure. */
const rateWindowMs = 5000;

/** Mutable state of one run. */
export class RunState {
  readonly tally: RowTally;
  readonly codes: ItemCodes;
  /** Problems by item ordinal (rejected, invalid, possibly sent, sent with a warning). */
  readonly problems = new Map<number, Problem>();
  /** Items resent after a lost answer (the user agreed): Pinterest may count them twice. */
  readonly resent = new Set<number>();
  retries = 0;
  private samples: Array<[number, number]> = [];
  private acked = 0;

  constructor(rowCount: number, private readonly clock: () => number) {
    this.tally = new RowTally(rowCount);
    this.codes = new ItemCodes(rowCount + 1);
  }

  /** Moves an item's rows from pending to a terminal state and records its code. */
  settle(ordinal: number, rows: number, code: number, to: RowState, from: RowState = 'pending'): void {
    const missing = rows - this.tally.get(from);
    if (from === 'pending' && missing > 0) this.tally.grow(missing);
    this.tally.move(from, to, rows);
    this.codes.set(ordinal, code);
  }

  /** Records a problem row. */
  problem(ordinal: number, problem: Problem): void {
    this.problems.set(ordinal, problem);
  }

  /** Counts rows acknowledged by Pinterest (for the rate). */
  countAcked(rows: number): void {
    this.acked += rows;
    const now = this.clock();
    this.samples.push([now, this.acked]);
    while (this.samples.length > 2 && (this.samples[0] as [number, number])[0] < now - rateWindowMs) this.samples.shift();
  }

  /** Rows acknowledged per second over the last few seconds. */
  rate(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last[0] <= first[0]) return 0;
    const now = this.clock();
    if (now - last[0] > rateWindowMs) return 0;
    return ((last[1] - first[1]) * 1000) / Math.max(now - first[0], 1);
  }

  /** Seconds left at the current rate, when it can be estimated. */
  etaSeconds(): number | undefined {
    const rate = this.rate();
    const pending = this.tally.get('pending');
    if (pending === 0) return 0;
    return rate > 0 ? Math.ceil(pending / rate) : undefined;
  }

  /** Counts now. */
  counts(): Counts {
    return this.tally.snapshot();
  }

  /** True when an item was already settled in this run. */
  isSettled(ordinal: number): boolean {
    return this.codes.get(ordinal) !== itemCode.none;
  }
}
