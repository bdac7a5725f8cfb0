import { foldKey } from './text';
import type { NormalizeOutcome } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';

/**
 * Rule for ge: "m", "f" or "n" (non-binary), from English and the main European languages,
 * any case or accents. Digits: "1" → m and "2" → f, where ISO/IEC 5218 and Magento (and so
 * Pinterest's Magento extension) agree. Magento's "3" means "not specified", not
 * non-binary, so "3" (like "unknown", "0", "9", "prefer not to say") is treated as no value
 * rather than guessed. German "d" (divers) and passport "x" mean non-binary → n.
 */
const WORDS = new Map<string, 'm' | 'f' | 'n' | ''>();
const add = (code: 'm' | 'f' | 'n' | '', words: string) => {
  for (const w of words.split(' ')) WORDS.set(w, code);
};
add('m', 'm male man men mr herr mann mannlich maennlich h homme masculin hombre masculino maschio uomo maschile mannelijk heer dhr mezczyzna 1');
add('f', 'f female woman women mrs ms miss frau weiblich w femme feminin mujer femenino femmina donna femminile vrouw vrouwelijk v mevr kobieta k 2');
add('n', 'n nonbinary nb enby divers d x diverse nonbinaire nobinario nonbinario genderqueer genderfluid agender');
add('', 'u unknown unspecified notspecified prefernottosay prefernottoanswer none na 0 3 9 keineangabe unbekannt inconnu');

/** Normalizes a gender cell for `user_data.ge`. */
export function normalizeGender(raw: string): NormalizeOutcome {
  const key = foldKey(raw);
  if (key === '') return EMPTY;
  const code = WORDS.get(key);
  if (code === undefined) {
    return invalid('ge_unknown', `${quote(raw)} is not a gender Pinterest knows; use f, m or n (non-binary).`);
  }
  return code === '' ? EMPTY : valueOf(code);
}
