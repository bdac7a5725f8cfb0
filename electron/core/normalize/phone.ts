import { cleanText } from './text';
import type { NormalizeContext, NormalizeOutcome } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';
import { countryLabel } from './country-label';
import { BoundedMemo } from './memo';
import type { PhoneProblem, PhoneVerdict } from './phone-verdict';
import { libraryVerdict } from './phone-verdict';

/**
 * Rule for ph: E.164 digits without '+' ("(650)555-1212" with default country US →
 * "16505551212"). National numbers are resolved with the default country (trunk '0'
 * dropped, calling code added) by libphonenumber-js; numbers that are too short, too long
 * or outside every real number range of their country are invalid, naming the country.
 * Extensions ("x 12") are dropped: Pinterest wants the subscriber number only.
 */
export function normalizePhone(raw: string, ctx: NormalizeContext): NormalizeOutcome {
  const s = cleanText(raw);
  if (s === '') return EMPTY;
  if (/^\d(?:[.,]\d+)?e\+?\d+$/i.test(s)) {
    return invalid('ph_scientific', `${quote(raw)} was turned into a number by Excel, so digits are lost. Format the column as text and export again.`);
  }
  const country = ctx.defaultCountry ? ctx.defaultCountry.toUpperCase() : undefined;
  const verdict = phoneVerdict(s, country);
  if (verdict.ok) return valueOf(verdict.e164);
  return invalid(`ph_${verdict.reason.toLowerCase()}`, problemMessage(raw, verdict.reason, verdict.country));
}

// Formatting characters that never change a number's meaning. "(0" is excluded on purpose:
// "+44 (0)20 ..." carries a trunk zero that must be dropped, which the library handles.
const FORMATTING = /[\s\-./()]/g;
const DIGITS_ONLY = /^\+?\d+$/;
const memo = new BoundedMemo<PhoneVerdict>(20_000);

/** Verdict for a cleaned cell; identical numbers in any formatting share one memo entry. */
export function phoneVerdict(s: string, country: string | undefined): PhoneVerdict {
  const compact = s.includes('(0') ? s : s.replace(FORMATTING, '');
  const text = DIGITS_ONLY.test(compact) ? compact : s;
  return memo.get(`${country ?? ''}|${text}`, () => libraryVerdict(text, country));
}

function problemMessage(raw: string, reason: PhoneProblem, country: string | undefined): string {
  const q = quote(raw);
  const where = countryLabel(country);
  switch (reason) {
    case 'TOO_SHORT': return `${q} is too short for ${where}.`;
    case 'TOO_LONG': return `${q} is too long for ${where}.`;
    case 'INVALID_LENGTH': return `${q} has the wrong number of digits for ${where}.`;
    case 'NOT_VALID': return country ? `${q} is not a valid phone number for ${where}.` : `${q} is not a valid phone number.`;
    case 'NO_COUNTRY': return `${q} has no country code (like +49). Add it, or set the default country.`;
    case 'UNKNOWN_CODE': return `${q} starts with a country code that does not exist.`;
    case 'NOT_A_NUMBER': return `${q} is not a phone number.`;
  }
}
