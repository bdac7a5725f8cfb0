import type { Issue } from './issue';
import { rowIssue } from './issue';
import type { SourceRow } from './table-types';

// What a full pass learns for the File and Map steps: row count, a few sample values per
// column, and row problems, listed up to a cap per kind and summarised beyond it (a broken
// million-row file must not send a million issues over the bridge).

const samplesPerColumn = 5;
const listedPerCode = 20;

/** Accumulates statistics over the data rows of one pass. */
export class ScanStats {
  rowCount = 0;
  private readonly samples: string[][];
  private columnsToFill: number;
  private readonly listed: Issue[] = [];
  private readonly extra = new Map<string, { count: number; first: Issue }>();
  private readonly perCode = new Map<string, number>();

  constructor(private readonly columns: readonly string[]) {
    this.samples = columns.map(() => []);
    this.columnsToFill = columns.length;
  }

  /** Adds one chunk of rows. */
  add(rows: readonly SourceRow[]): void {
    this.rowCount += rows.length;
    for (const row of rows) {
      if (this.columnsToFill > 0) this.sample(row.cells);
      if (row.issues) for (const issue of row.issues) this.addIssue(issue);
    }
  }

  private sample(cells: readonly string[]): void {
    for (let i = 0; i < this.samples.length; i++) {
      const list = this.samples[i] as string[];
      const value = cells[i] ?? '';
      if (list.length >= samplesPerColumn || value.trim() === '') continue;
      list.push(value.length > 200 ? `${value.slice(0, 200)}…` : value);
      if (list.length === samplesPerColumn) this.columnsToFill--;
    }
  }

  private addIssue(issue: Issue): void {
    const seen = this.perCode.get(issue.code) ?? 0;
    this.perCode.set(issue.code, seen + 1);
    if (seen < listedPerCode) {
      this.listed.push(issue);
      return;
    }
    const extra = this.extra.get(issue.code);
    if (extra) extra.count++;
    else this.extra.set(issue.code, { count: 1, first: issue });
  }

  /** Sample values keyed by column name (a null-prototype object: headers may be "__proto__"). */
  samplesByColumn(): Record<string, string[]> {
    const out = Object.create(null) as Record<string, string[]>;
    this.columns.forEach((name, i) => {
      Object.defineProperty(out, name, { value: this.samples[i], enumerable: true, writable: true, configurable: true });
    });
    return out;
  }

  /** Listed row issues plus one summary per kind beyond the cap, plus blank rows. */
  issues(blankRows: number, firstBlankLine: number | undefined): Issue[] {
    const out = [...this.listed];
    for (const [code, { count, first }] of this.extra) {
      const rows = count === 1 ? 'row' : 'rows';
      out.push({ ...rowIssue(first.row, first.severity, code, `…and ${count.toLocaleString('en-US')} more ${rows} with the same problem (the first of them is row ${first.row}).`) });
    }
    if (blankRows > 0 && firstBlankLine !== undefined) {
      const what = blankRows === 1 ? 'blank row was' : 'blank rows were';
      out.push(rowIssue(firstBlankLine, 'warning', 'blank-rows', `${blankRows.toLocaleString('en-US')} ${what} skipped (the first is row ${firstBlankLine}).`));
    }
    return out;
  }

  /** How many rows had each issue code. */
  issueCounts(): Map<string, number> {
    return new Map(this.perCode);
  }
}
