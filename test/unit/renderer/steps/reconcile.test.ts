import { describe, expect, it } from 'vitest';
import { fixableRows, outcomesOf, reconciles } from '../../../../renderer/steps/results/reconcile';

const counts = { rows: 20, sent: 14, rejected: 2, invalid: 3, skipped: 0, possiblySent: 0, duplicate: 1, pending: 0 };

describe('results reconciliation', () => {
  it('lists the main outcomes always and the others only when they happened', () => {
    expect(outcomesOf(counts).map((o) => o.key)).toEqual(['sent', 'rejected', 'invalid', 'duplicate']);
  });

  it('checks that the outcomes add up to the rows', () => {
    expect(reconciles(counts)).toBe(true);
    expect(reconciles({ ...counts, sent: 13 })).toBe(false);
  });

  it('counts the rows a fixed file can still deliver', () => {
    expect(fixableRows(counts)).toBe(5);
  });
});
