import type { PreparedItem, PreparedStatus } from './prepared';

/** Preview filters over a file's rows. */
export type RowFilter = 'all' | 'errors' | 'warnings' | 'duplicates';

const statusBits: Record<PreparedStatus, number> = { valid: 1, invalid: 2, duplicate: 3 };
const statusNames: Array<PreparedStatus | undefined> = [undefined, 'valid', 'invalid', 'duplicate'];
const warningBit = 4;

/**
 * The verdict of every row of a file for one mapping, compact enough for a million rows
 * (about 9 bytes a row): a status byte (with a "has warnings" bit), the Excel line, and for
 * merged orders the index of the group's first row. Issues are not stored: a preview page
 * rebuilds its own rows (at most 500) to show them, so no cell value is kept here.
 */
export class RowResults {
  readonly flags: Uint8Array;
  readonly lines: Int32Array;
  /** Row index of the first row of each row's event (merged orders); -1 when not yet seen. */
  readonly groupFirst: Int32Array;
  /** Duplicate row index → Excel line of the row whose event is sent instead. */
  readonly duplicateOf = new Map<number, number>();
  private readonly filtered = new Map<RowFilter, Int32Array>();
  private rowsSeen = 0;

  constructor(readonly rowCount: number) {
    this.flags = new Uint8Array(rowCount);
    this.lines = new Int32Array(rowCount).fill(-1);
    this.groupFirst = new Int32Array(rowCount).fill(-1);
  }

  /** Rows recorded so far. */
  get rows(): number {
    return this.rowsSeen;
  }

  /** Records the verdict of one prepared event for each of its rows. */
  record(item: PreparedItem): void {
    const first = item.rowIndexes[0] ?? -1;
    const firstLine = item.rows[0] ?? 0;
    const bits = statusBits[item.status];
    item.rowIndexes.forEach((index, k) => {
      if (index < 0 || index >= this.rowCount) return;
      const line = item.rows[k] ?? firstLine;
      const warned = item.issues.some((i) => i.severity === 'warning' && i.code !== 'duplicate' && (i.row === line || k === 0));
      this.flags[index] = bits | (warned ? warningBit : 0);
      this.lines[index] = line;
      this.groupFirst[index] = first;
      this.rowsSeen += 1;
    });
    if (item.duplicateOf !== undefined) this.duplicateOf.set(first, item.duplicateOf);
    this.filtered.clear();
  }

  /** Status of a row (undefined when not evaluated). */
  statusOf(index: number): PreparedStatus | undefined {
    return statusNames[(this.flags[index] ?? 0) & 3];
  }

  /** Row indexes that pass a filter, in file order (computed once per filter). */
  matching(filter: RowFilter): Int32Array {
    const cached = this.filtered.get(filter);
    if (cached) return cached;
    const keep = (f: number) =>
      filter === 'all' ? f !== 0 : filter === 'errors' ? (f & 3) === 2 : filter === 'duplicates' ? (f & 3) === 3 : (f & warningBit) !== 0;
    let count = 0;
    for (let i = 0; i < this.rowCount; i++) if (keep(this.flags[i] ?? 0)) count += 1;
    const out = new Int32Array(count);
    let j = 0;
    for (let i = 0; i < this.rowCount; i++) if (keep(this.flags[i] ?? 0)) out[j++] = i;
    this.filtered.set(filter, out);
    return out;
  }

  /** Row index of an Excel line (binary search: lines grow with the index). */
  indexOfLine(line: number): number | undefined {
    let lo = 0;
    let hi = this.rowCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = this.lines[mid] ?? -1;
      if (value === line) return mid;
      if (value < line) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
