import { cleanLower } from './text';
import type { NormalizeOutcome } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';

/**
 * Rule for fn/ln (decided, PINTEREST-NOTES §10 ambiguity): trim, NFC, locale-independent
 * lowercase, runs of whitespace folded to one space, inner spaces, hyphens, apostrophes and
 * non-ASCII letters KEPT ("Mary-Jane" → "mary-jane", "García Márquez" → "garcía márquez").
 * Why: Pinterest's own code (server-side GTM template, Magento extension) only trims and
 * lowercases, so keeping punctuation matches what Pinterest's tag hashes for the same
 * person; stripping (Meta's rule) would make our hashes differ from Pinterest's own ones.
 * Space runs are folded because a doubled space is a typing accident, not part of a name.
 */
export function normalizeName(raw: string): NormalizeOutcome {
  const s = cleanLower(raw);
  if (s === '') return EMPTY;
  if (!/[\p{L}\p{N}]/u.test(s)) {
    return invalid('name_no_letters', `${quote(raw)} has no letters, so it cannot be a name.`);
  }
  return valueOf(s);
}
