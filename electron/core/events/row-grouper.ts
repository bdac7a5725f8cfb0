import type { RowCells } from '../mapping/plan';

/** How far (in data rows) a line item may sit from its order's first row and still be merged. */
export const mergeWindowRows = 5000;

/** Rows that become one event. */
export interface RowGroup<R extends RowCells = RowCells> {
  rows: R[];
}

interface OpenGroup<R extends RowCells> {
  key: string;
  rows: R[];
}

const cell = (row: RowCells, index: number) => (row.cells[index] ?? '').trim().toLowerCase();

/**
 * Streams rows into merge groups for `mergeRowsBy` (line-item exports such as Shopify's orders
 * CSV). A row joins the group of the same merge key when it brings no identity of its own:
 * each identity cell is empty or equal to the group's first row. Everything else starts a group.
 *
 * Non-consecutive rows: a group stays open for `mergeWindowRows` rows after its first row, so
 * line items of a file sorted by something else (time, customer) still merge when they are near
 * each other, while memory stays bounded by the window whatever the file's size. A row of the
 * same order further away, or a row repeated exactly, becomes an event of its own; it derives the same order-based event
 * id and is therefore reported as a duplicate of the order's first row ("sort the file by
 * order"). Groups come out in the order of their first row, so the output is deterministic.
 */
export class RowGrouper<R extends RowCells = RowCells> {
  private readonly open = new Map<string, OpenGroup<R>>();
  private queue: OpenGroup<R>[] = [];
  private head = 0;

  constructor(
    private readonly keyColumn: number,
    private readonly identityColumns: readonly number[],
    private readonly window = mergeWindowRows,
  ) {}

  /** Adds a row; returns the groups that can no longer grow, in first-row order. */
  push(row: R): RowGroup<R>[] {
    const key = (row.cells[this.keyColumn] ?? '').trim();
    const group = key === '' ? undefined : this.open.get(key);
    if (group && this.continues(group, row)) group.rows.push(row);
    else {
      const created: OpenGroup<R> = { key, rows: [row] };
      this.queue.push(created);
      if (key !== '') this.open.set(key, created);
    }
    return this.closeBefore(row.index - this.window);
  }

  /** Ends the input: every remaining group, in first-row order. */
  flush(): RowGroup<R>[] {
    return this.closeBefore(Number.POSITIVE_INFINITY);
  }

  private continues(group: OpenGroup<R>, row: R): boolean {
    const first = group.rows[0];
    if (!first) return false;
    // A row identical to one already in the order is a repeated row, not another line item.
    const text = row.cells.join('\u0000');
    if (group.rows.some((r) => r.cells.join('\u0000') === text)) return false;
    for (const index of this.identityColumns) {
      const value = cell(row, index);
      if (value !== '' && value !== cell(first, index)) return false;
    }
    return true;
  }

  private closeBefore(limit: number): RowGroup<R>[] {
    const done: RowGroup<R>[] = [];
    while (this.head < this.queue.length) {
      const head = this.queue[this.head];
      if (!head || (head.rows[0]?.index ?? 0) > limit) break;
      this.head += 1;
      if (this.open.get(head.key) === head) this.open.delete(head.key);
      done.push({ rows: head.rows });
    }
    // Drop consumed entries now and then instead of shifting on every row.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return done;
  }
}
