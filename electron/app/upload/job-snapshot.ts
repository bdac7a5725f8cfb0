import { fromRanges, itemCode, toRanges } from '../../core/upload/item-codes';
import type { ProblemEntry, SnapshotRecord } from '../../core/upload/journal-records';
import type { ReplayedJob } from '../../core/upload/journal-replay';
import type { Problem } from './engine-types';
import type { RunState } from './run-state';

// The compacted form of a finished job's journal, and the problem list read back from it after
// a restart. Invalid rows are described without their values (see ProblemEntry).

const statusOf: Record<number, Problem['status']> = {
  [itemCode.sent]: 'sent',
  [itemCode.rejected]: 'rejected',
  [itemCode.inflight]: 'possibly-sent',
  [itemCode.invalid]: 'invalid',
};

const codeOf: Record<Problem['status'], number> = { sent: itemCode.sent, rejected: itemCode.rejected, 'possibly-sent': itemCode.inflight, invalid: itemCode.invalid };

/** Value-free wording of an invalid row for disk. */
export function diskMessage(problem: Problem): string {
  if (problem.status !== 'invalid') return problem.message;
  return `Not valid (${problem.code ?? 'invalid'}); the report shows the details.`;
}

/** Builds the snapshot of a run's final state. */
export function buildSnapshot(state: RunState): SnapshotRecord {
  const m: string[] = [];
  const seen = new Map<string, number>();
  const index = (text: string) => {
    let i = seen.get(text);
    if (i === undefined) seen.set(text, (i = m.push(text) - 1));
    return i;
  };
  const prob: ProblemEntry[] = [...state.problems.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([ordinal, p]) => [ordinal, toRanges(p.rows), codeOf[p.status], index(diskMessage(p)), p.column === undefined ? -1 : index(p.column)]);
  return { t: 'z', runs: state.codes.toRuns(), m, prob, resent: toRanges([...state.resent].sort((a, b) => a - b)), retries: state.retries };
}

/** Problems of a finished job, read back from its snapshot (in file order). */
export function problemsFromSnapshot(job: ReplayedJob): Problem[] {
  const z = job.snapshot;
  if (!z) return [];
  return z.prob.map(([, lines, code, m, column]) => ({
    rows: fromRanges(lines),
    status: statusOf[code] ?? 'invalid',
    message: z.m[m] ?? '',
    ...(column >= 0 ? { column: z.m[column] } : {}),
  }));
}
