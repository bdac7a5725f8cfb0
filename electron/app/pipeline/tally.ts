import { MatchQuality } from '../../core/events/match-quality';
import type { Issue } from '../../core/mapping/issue';
import type { PreparedItem } from './prepared';

/** Counts of a validation, by source rows: rows = valid + invalid + duplicates. */
export interface TallyCounts {
  /** Data rows read. */
  rows: number;
  /** Rows whose event is valid (a merged order counts all its rows). */
  valid: number;
  /** Rows whose event is invalid. */
  invalid: number;
  /** Rows whose event repeats an earlier one (reported, sent once). */
  duplicates: number;
  /** Warning issues (duplicate notices excluded). */
  warnings: number;
  /** The same by events: what would be sent, refused locally, skipped as duplicate. */
  events: { valid: number; invalid: number; duplicate: number };
}

/** A tally as plain data. */
export interface TallySummary {
  counts: TallyCounts;
  matchQuality: Record<string, number>;
  topIssues: Array<{ code: string; count: number; message: string; column?: string }>;
  issues: Issue[];
  issuesNotListed: number;
}

/** Adds up prepared items: counts, match quality, the most frequent issue codes, and some issues. */
export class Tally {
  readonly counts: TallyCounts = { rows: 0, valid: 0, invalid: 0, duplicates: 0, warnings: 0, events: { valid: 0, invalid: 0, duplicate: 0 } };
  readonly quality = new MatchQuality();
  readonly issues: Issue[] = [];
  private readonly codes = new Map<string, { count: number; message: string; column?: string }>();

  constructor(private readonly keepIssues = 10_000) {}

  /** Counts one prepared item. */
  add(item: PreparedItem): void {
    const rows = item.rows.length;
    this.counts.rows += rows;
    if (item.status === 'valid') {
      this.counts.valid += rows;
      this.counts.events.valid += 1;
      this.quality.addMask(item.matchKeys);
    } else if (item.status === 'invalid') {
      this.counts.invalid += rows;
      this.counts.events.invalid += 1;
    } else {
      this.counts.duplicates += rows;
      this.counts.events.duplicate += 1;
    }
    for (const issue of item.issues) this.addIssue(issue);
  }

  /** Everything counted, as plain data (crosses threads, prints as JSON). */
  summary(): TallySummary {
    return { counts: this.counts, matchQuality: this.quality.shares(), topIssues: this.topIssues(), issues: this.issues, issuesNotListed: this.issuesDropped };
  }

  /** Issue codes by frequency, with the first message seen for each. */
  topIssues(limit = 10): Array<{ code: string; count: number; message: string; column?: string }> {
    return [...this.codes.entries()]
      .map(([code, v]) => ({ code, ...v }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
      .slice(0, limit);
  }

  /** Issues not kept because of the cap. */
  get issuesDropped(): number {
    let total = 0;
    for (const v of this.codes.values()) total += v.count;
    return total - this.issues.length;
  }

  private addIssue(issue: Issue): void {
    if (issue.severity === 'warning' && issue.code !== 'duplicate') this.counts.warnings += 1;
    if (this.issues.length < this.keepIssues) this.issues.push(issue);
    const seen = this.codes.get(issue.code);
    if (seen) seen.count += 1;
    else this.codes.set(issue.code, issue.column === undefined ? { count: 1, message: issue.message } : { count: 1, message: issue.message, column: issue.column });
  }
}
