// Shared text clean-up for every identity field, tuned for speed: most cells are plain
// ASCII, so the Unicode work (NFC, exotic spaces, invisible characters) runs only when needed.

// Invisible characters that sneak in via copy/paste and would silently change a hash:
// soft hyphen, zero-width space/joiners, word joiner, BOM, bidi marks and embeddings/isolates.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Every Unicode space (NBSP, en/em spaces, ideographic space, line breaks, tabs) counts as one.
const ANY_SPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
// Control characters are exactly what this strips, so the lint rule does not apply here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Printable ASCII without doubled or edge spaces: nothing to do but lowercase.
const PLAIN_ASCII = /^[\x21-\x7E]+(?: [\x21-\x7E]+)*$/;

/** Trims, drops invisible/control characters, folds space runs to one ' ', and applies NFC. */
export function cleanText(raw: string): string {
  if (PLAIN_ASCII.test(raw)) return raw;
  const s = raw.replace(INVISIBLE, '').replace(CONTROL, '').replace(ANY_SPACE, ' ').trim();
  return s.normalize('NFC');
}

// Combining marks: the only case where lowercasing an NFC string can leave it non-NFC
// (checked over every code point and every base+mark pair: e.g. "İ" + U+0316).
const HAS_MARK = /\p{M}/u;

/**
 * Locale-independent lowercase that stays NFC. String.prototype.toLowerCase uses the
 * Unicode default mapping (never the Turkish/Lithuanian locale rules), which is what we
 * want; NFC is re-applied only when the text holds combining marks.
 */
export function lower(s: string): string {
  const l = s.toLowerCase();
  if (l === s) return l;
  return HAS_MARK.test(l) ? l.normalize('NFC') : l;
}

/** cleanText + lower: the base rule of every hashed field (ASCII cells skip the Unicode work). */
export function cleanLower(raw: string): string {
  return PLAIN_ASCII.test(raw) ? raw.toLowerCase() : lower(cleanText(raw));
}

/** Removes every space (after cleanText there are only single ASCII spaces). */
export function withoutSpaces(s: string): string {
  return s.indexOf(' ') < 0 ? s : s.replace(/ /g, '');
}

/** Folds a word for table look-ups: NFD, strip accents, lowercase, only [a-z0-9]. */
export function foldKey(raw: string): string {
  const s = /^[\x20-\x7E]*$/.test(raw) ? raw : raw.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}
