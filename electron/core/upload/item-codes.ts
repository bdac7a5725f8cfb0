import type { RowState } from './row-tally';

// One byte per prepared item (an event, or an invalid/duplicate row), indexed by the item's
// ordinal in the deterministic prepareEvents stream. A million items cost a megabyte, which is
// why the engine keeps this instead of a Map of objects.

/** What became of one item. */
export const itemCode = {
  none: 0,
  sent: 1,
  rejected: 2,
  /** Sent without a recorded answer: possibly recorded by Pinterest. */
  inflight: 3,
  /** Already sent per the ledger. */
  skipped: 4,
  invalid: 5,
  duplicate: 6,
  /** Not one of the failed rows of the job a retry job repeats. */
  excluded: 7,
} as const;

/** A value of itemCode. */
export type ItemCode = (typeof itemCode)[keyof typeof itemCode];

const stateOf: readonly RowState[] = ['pending', 'sent', 'rejected', 'possibly-sent', 'skipped', 'invalid', 'duplicate', 'skipped'];

/** The row state an item code stands for. */
export function rowStateOf(code: number): RowState {
  return stateOf[code] ?? 'pending';
}

/** A growable byte array of item codes. */
export class ItemCodes {
  private bytes: Uint8Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  /** Code of item `ordinal` (0 when never set). */
  get(ordinal: number): number {
    return ordinal < this.size ? (this.bytes[ordinal] as number) : 0;
  }

  /** Sets the code of item `ordinal`, growing as needed. */
  set(ordinal: number, code: number): void {
    if (ordinal >= this.bytes.length) {
      let next = this.bytes.length * 2;
      while (next <= ordinal) next *= 2;
      const grown = new Uint8Array(next);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[ordinal] = code;
    if (ordinal >= this.size) this.size = ordinal + 1;
  }

  /** Number of items with a slot (highest set ordinal + 1). */
  get length(): number {
    return this.size;
  }

  /** Run-length encoding [code, count][] (the compacted journal's form). */
  toRuns(): [number, number][] {
    const runs: [number, number][] = [];
    for (let i = 0; i < this.size; i++) {
      const code = this.bytes[i] as number;
      const last = runs[runs.length - 1];
      if (last && last[0] === code) last[1]++;
      else runs.push([code, 1]);
    }
    return runs;
  }

  /** Rebuilds codes from toRuns() output. */
  static fromRuns(runs: readonly (readonly [number, number])[]): ItemCodes {
    const total = runs.reduce((n, [, count]) => n + count, 0);
    const codes = new ItemCodes(total);
    let at = 0;
    for (const [code, count] of runs) {
      codes.bytes.fill(code, at, at + count);
      at += count;
    }
    codes.size = at;
    return codes;
  }
}

/** Compacts sorted-or-not ordinals into [start, length] ranges (input order kept). */
export function toRanges(ordinals: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const ordinal of ordinals) {
    const last = ranges[ranges.length - 1];
    if (last && last[0] + last[1] === ordinal) last[1]++;
    else ranges.push([ordinal, 1]);
  }
  return ranges;
}

/** Expands ranges back into ordinals. */
export function fromRanges(ranges: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  for (const [start, length] of ranges) for (let i = 0; i < length; i++) out.push(start + i);
  return out;
}
