import type { DateOrder } from './civil';

/** What a column's values say about day/month order. */
export interface DateOrderDetection {
  /** The order the values prove; undefined when they do not tell (all parts ≤ 12). */
  order: DateOrder | undefined;
  /** True when no value settled the order: the user must choose (or a default applies). */
  ambiguous: boolean;
  /** True when some values prove day-first and others month-first (mixed formats). */
  conflicting: boolean;
  /** How many values proved each order, and how many were slash/dot dates at all. */
  evidence: { dmy: number; mdy: number; considered: number };
}

const LOCAL = /^\s*(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?:\D|$)/;

/**
 * Detects day/month order for a COLUMN from sample cells: "25/03/2025" proves day-first,
 * "03/25/2025" month-first; "03/04/2025" proves nothing. Dotted dates are European
 * (day-first) by convention, so they count as day-first evidence only when a part > 12.
 */
export function detectDateOrder(samples: readonly string[]): DateOrderDetection {
  let dmy = 0;
  let mdy = 0;
  let considered = 0;
  for (const s of samples) {
    const m = LOCAL.exec(s);
    if (!m) continue;
    considered++;
    const a = +m[1]!;
    const b = +m[3]!;
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  const conflicting = dmy > 0 && mdy > 0;
  const order: DateOrder | undefined = dmy === 0 && mdy === 0 ? undefined : dmy >= mdy ? 'DMY' : 'MDY';
  return { order, ambiguous: considered > 0 && order === undefined, conflicting, evidence: { dmy, mdy, considered } };
}
