import type { UploadProgress } from '../../wizard/wizard-state';

type Counts = UploadProgress['counts'];

/** One outcome in the results, in a marketer's words. */
export interface Outcome {
  key: keyof Counts;
  label: string;
  count: number;
  help: string;
}

const outcomes: Array<Omit<Outcome, 'count'>> = [
  { key: 'sent', label: 'Sent', help: 'Pinterest accepted these events.' },
  { key: 'rejected', label: 'Rejected by Pinterest', help: "Pinterest refused them; its message is in the table below." },
  { key: 'invalid', label: 'Not sent (errors in the file)', help: 'Our checks found a problem before sending.' },
  { key: 'skipped', label: 'Skipped (already sent)', help: 'Sent by an earlier run; sending again would count them twice.' },
  { key: 'possiblySent', label: 'Possibly sent', help: 'The connection dropped before Pinterest answered; they may have arrived.' },
  { key: 'duplicate', label: 'Duplicates in the file', help: 'Same event as an earlier row; sent once.' },
  { key: 'pending', label: 'Not processed', help: 'The run stopped before reaching them.' },
];

/** Every outcome with its count; zero counts are kept only for the main three. A test run says "accepted", not "sent". */
export function outcomesOf(counts: Counts, test = false): Outcome[] {
  return outcomes
    .map((o) => ({ ...o, count: counts[o.key] }))
    .map((o) => (test && o.key === 'sent' ? { ...o, label: 'Accepted in the test', help: 'Pinterest accepted these events in test mode and recorded nothing.' } : o))
    .filter((o) => o.count > 0 || o.key === 'sent' || o.key === 'rejected' || o.key === 'invalid');
}

/** Whether the outcomes add up to the file's rows (they always should; we show it either way). */
export function reconciles(counts: Counts): boolean {
  const sum = counts.sent + counts.rejected + counts.invalid + counts.skipped + counts.possiblySent + counts.duplicate + counts.pending;
  return sum === counts.rows;
}

/** Rows that a fixed file could still deliver. */
export function fixableRows(counts: Counts): number {
  return counts.rejected + counts.invalid;
}
