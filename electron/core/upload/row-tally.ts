import type { Counts } from '../../shared/contract';

// Reconciliation: every row of the file is in exactly one state at every moment, so the counts
// always add up to the file's row count. Rows start `pending` and only ever MOVE between
// states; nothing is ever added or dropped, which is what makes the invariant hold by
// construction (and the property test checks it under arbitrary move sequences).

/** A row's state in a job (the contract's RowStatus minus the preview-only 'valid'). */
export type RowState = 'pending' | 'sent' | 'rejected' | 'invalid' | 'skipped' | 'possibly-sent' | 'duplicate';

const keyOf: Record<RowState, keyof Counts> = {
  pending: 'pending',
  sent: 'sent',
  rejected: 'rejected',
  invalid: 'invalid',
  skipped: 'skipped',
  'possibly-sent': 'possiblySent',
  duplicate: 'duplicate',
};

/** Zero counts for a file of `rows` rows, all pending. */
export function initialCounts(rows: number): Counts {
  return { rows, sent: 0, rejected: 0, invalid: 0, skipped: 0, possiblySent: 0, duplicate: 0, pending: rows };
}

/** True when the states add up to the row count and none is negative. */
export function reconciles(counts: Counts): boolean {
  const parts = [counts.sent, counts.rejected, counts.invalid, counts.skipped, counts.possiblySent, counts.duplicate, counts.pending];
  return parts.every((n) => Number.isInteger(n) && n >= 0) && parts.reduce((a, b) => a + b, 0) === counts.rows;
}

/** Mutable counts that only move rows between states. */
export class RowTally {
  private readonly value: Counts;

  constructor(rows: number) {
    this.value = initialCounts(rows);
  }

  /** Moves `n` rows from one state to another (more than are there is a bug: it throws). */
  move(from: RowState, to: RowState, n = 1): void {
    if (n === 0 || from === to) return;
    const a = keyOf[from];
    const b = keyOf[to];
    if (this.value[a] < n) throw new Error(`Cannot move ${n} rows out of ${from}: only ${this.value[a]} there.`);
    this.value[a] -= n;
    this.value[b] += n;
  }

  /** A row the file had that the row count did not include (keeps `rows` honest). */
  grow(n: number): void {
    this.value.rows += n;
    this.value.pending += n;
  }

  /** A copy of the counts. */
  snapshot(): Counts {
    return { ...this.value };
  }

  /** Rows in one state. */
  get(state: RowState): number {
    return this.value[keyOf[state]];
  }
}
