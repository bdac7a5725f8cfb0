import type { DecimalSeparator } from './value-outcome';

/** What a column's values say about their decimal separator. */
export interface DecimalDetection {
  /** The separator the evidence points to; undefined when no value tells. */
  decimal: DecimalSeparator | undefined;
  /** True when no value settled it (only "1,234"-like or plain integers). */
  ambiguous: boolean;
  /** True when some values point to '.' and others to ','. */
  conflicting: boolean;
  votes: { dot: number; comma: number };
}

/**
 * Votes over sample cells: "1.234,50" and "72,39" say ','; "1,234.50" and "72.39" say '.';
 * "1,234" or "1.234" (three digits after a single separator) say nothing on their own.
 */
export function detectDecimalSeparator(samples: readonly string[]): DecimalDetection {
  let dot = 0;
  let comma = 0;
  for (const raw of samples) {
    const vote = voteOf(raw.replace(/[^\d.,]/g, ''));
    if (vote === '.') dot++;
    else if (vote === ',') comma++;
  }
  const decimal = dot === 0 && comma === 0 ? undefined : dot >= comma ? '.' : ',';
  return { decimal, ambiguous: decimal === undefined, conflicting: dot > 0 && comma > 0, votes: { dot, comma } };
}

function voteOf(s: string): DecimalSeparator | undefined {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  if (lastDot < 0 && lastComma < 0) return undefined;
  const sep = lastDot >= 0 ? '.' : ',';
  if (s.split(sep).length > 2) return sep === '.' ? ',' : '.';
  const after = s.length - s.lastIndexOf(sep) - 1;
  if (after === 3 && !/^0*[.,]/.test(s)) return undefined;
  return after > 0 ? sep : undefined;
}
