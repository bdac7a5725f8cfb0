import { cleanLower } from './text';
import type { NormalizeOutcome } from './outcome';
import { EMPTY, valueOf } from './outcome';

/**
 * Rule for external_id and hashed_maids: trim (plus invisible characters and NFC) and
 * lowercase, as Pinterest's GTM template and Segment do. Trade-off, documented: two ids that
 * differ only by case ("AB12" and "ab12") become the same person; we accept that because the
 * other side of the match (Pinterest's tag) lowercases too, and a mismatch loses every match.
 * Inner spaces are kept: they are part of an id.
 */
export function normalizePlainId(raw: string): NormalizeOutcome {
  const s = cleanLower(raw);
  return s === '' ? EMPTY : valueOf(s);
}
