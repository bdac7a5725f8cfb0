import { RowGrouper } from '../../core/events/row-grouper';
import { narrowRow, readsEveryColumn } from '../../core/mapping/narrow-plan';
import type { CompiledPlan, RowCells } from '../../core/mapping/plan';
import type { Job, JobGroup, RowSource } from './prepared';

/** How many source rows go into one job: big enough to amortise a worker message, small enough to stream. */
export const jobRows = 500;

interface BatchOptions {
  signal?: AbortSignal;
  /** Stop after this many rows (instant feedback on a sample). */
  maxRows?: number;
}

/**
 * Reads rows from a source and cuts them into jobs of whole events, in file order. `plan` is
 * the file's plan; the jobs carry narrowed rows (see narrowPlan), grouped by mergeRowsBy when set.
 */
export async function* jobsFrom(source: RowSource, plan: CompiledPlan, narrowed: CompiledPlan, opts: BatchOptions = {}): AsyncGenerator<Job> {
  const merge = narrowed.mergeBy?.input.kind === 'columns' ? narrowed.mergeBy.input.columns[0]?.index : undefined;
  const grouper = merge === undefined ? undefined : new RowGrouper(merge, narrowed.identityColumns);
  const limit = opts.maxRows ?? Number.POSITIVE_INFINITY;
  const identity = readsEveryColumn(plan);
  let seq = 0;
  let rowsDone = 0;
  let groups: JobGroup[] = [];
  let pending = 0;
  const take = (found: JobGroup[]) => {
    for (const g of found) groups.push(g);
    pending += found.reduce((n, g) => n + g.rows.length, 0);
  };
  const cut = (): Job => {
    const job: Job = { seq: seq++, groups, rowsDone };
    groups = [];
    pending = 0;
    return job;
  };
  outer: for await (const chunk of source.rows({ signal: opts.signal })) {
    for (const row of chunk) {
      if (rowsDone >= limit) break outer;
      rowsDone += 1;
      const narrow: RowCells = identity ? row : narrowRow(row, plan.usedColumns);
      take(grouper ? grouper.push(narrow) : [{ rows: [narrow] }]);
      // Cut inside a chunk too: a reader's chunk may hold thousands of rows.
      if (pending >= jobRows) yield cut();
    }
  }
  opts.signal?.throwIfAborted();
  if (grouper) take(grouper.flush());
  if (groups.length > 0 || seq === 0) yield cut();
}
