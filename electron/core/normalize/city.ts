import { cleanLower } from './text';
import type { NormalizeOutcome } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';

// Anything that is not a letter, a combining mark or a digit: spaces and punctuation.
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{M}\p{N}]+/gu;
const PLAIN = /^[a-z0-9]*$/;
const ASCII = /^[\x20-\x7E]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;

/**
 * Rule for ct (the spec's): lowercase, no spaces or punctuation ("Menlo Park" → "menlopark",
 * "Washington, D.C." → "washingtondc"). Accents are kept ("São Paulo" → "sãopaulo"): the spec
 * asks only for lowercase, and folding accents would be a guess Pinterest never documents.
 */
export function normalizeCity(raw: string): NormalizeOutcome {
  const s = cleanLower(raw);
  if (s === '') return EMPTY;
  // Removing characters can bring combining marks together: NFC again keeps it canonical.
  const v = PLAIN.test(s) ? s : ASCII.test(s) ? s.replace(NOT_ASCII_ALNUM, '') : s.replace(NOT_LETTER_OR_DIGIT, '').normalize('NFC');
  if (v === '') return invalid('ct_no_letters', `${quote(raw)} has no letters, so it cannot be a city.`);
  return valueOf(v);
}
