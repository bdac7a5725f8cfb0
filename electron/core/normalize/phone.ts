import { cleanText } from './text';
import type { NormalizeContext, NormalizeOutcome, NormalizeWarning } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';
import { countryLabel } from './country-label';
import { BoundedMemo } from './memo';
import type { PhoneProblem, PhoneVerdict } from './phone-verdict';
import { libraryVerdict } from './phone-verdict';
import { engineVerdict } from './phone-engine';
import { planOf } from './phone-plan';

/**
 * Rule for ph: E.164 digits without '+' ("(650)555-1212" with default country US →
 * "16505551212"). National numbers are resolved with the default country (trunk '0'
 * dropped, calling code added) per libphonenumber-js "max" metadata; numbers that are too
 * short, too long or outside every real number range of their country are invalid, naming
 * the country. Extensions ("x 12") are dropped: Pinterest wants the subscriber number.
 * Digits without '+' that start with the default country's calling code, or that are no
 * valid national number but a valid international one ("442071838750" in Germany), are read
 * as international: that is how CRMs export E.164, and it makes the rule idempotent.
 */
export function normalizePhone(raw: string, ctx: NormalizeContext): NormalizeOutcome {
  const s = cleanText(raw);
  if (s === '') return EMPTY;
  if (/^\d(?:[.,]\d+)?e\+?\d+$/i.test(s)) {
    return invalid('ph_scientific', `${quote(raw)} was turned into a number by Excel, so digits are lost. Format the column as text and export again.`);
  }
  const country = ctx.defaultCountry ? ctx.defaultCountry.toUpperCase() : undefined;
  const { verdict, readAsInternational } = interpret(s, country);
  if (verdict.ok) return valueOf(verdict.e164, readAsInternational ? internationalNote(raw, verdict.e164, country) : undefined);
  const reason = verdict.hint ?? verdict.reason;
  return invalid(`ph_${reason.toLowerCase()}`, problemMessage(raw, reason, verdict.country ?? country));
}

// Formatting characters that never change a number's meaning. "(0" is left to the library:
// "+44 (0)20 ..." carries a trunk zero that must be dropped.
const FORMATTING = /[\s\-./()]/g;
const DIGITS_ONLY = /^\+?\d+$/;
// The library path costs ~30 µs, so its answers are memoized (per default country, so no
// key concatenation per call). Engine answers are not: computing one (~1 µs) is about as
// cheap as hashing a fresh key into a Map, so a memo would only add work for unique numbers.
const memos = new Map<string, BoundedMemo<PhoneVerdict>>();

/** Verdict for a cleaned cell: the fast engine first, the (memoized) library when it declines. */
export function phoneVerdict(text: string, country: string | undefined): PhoneVerdict {
  const fast = DIGITS_ONLY.test(text) ? engineVerdict(text, country) : undefined;
  if (fast) return fast;
  const key = country ?? '';
  let memo = memos.get(key);
  if (!memo) {
    memo = new BoundedMemo<PhoneVerdict>(10_000);
    memos.set(key, memo);
  }
  return memo.get(text, () => libraryVerdict(text, country));
}

function interpret(s: string, country: string | undefined): { verdict: PhoneVerdict; readAsInternational: boolean } {
  const compact = s.includes('(0') ? s : s.replace(FORMATTING, '');
  if (!DIGITS_ONLY.test(compact) || compact[0] === '+' || compact[0] === '0') {
    return { verdict: phoneVerdict(compact, country), readAsInternational: false };
  }
  const asIntl = () => phoneVerdict(`+${compact}`, undefined);
  if (!country) {
    const intl = asIntl();
    return { verdict: intl.ok ? intl : { ok: false, reason: 'NO_COUNTRY', country }, readAsInternational: false };
  }
  const plan = planOf(country);
  if (plan && compact.startsWith(plan.callingCode)) {
    const intl = asIntl();
    if (intl.ok) return { verdict: intl, readAsInternational: false };
  }
  const national = phoneVerdict(compact, country);
  // Where national numbers are written with a trunk '0' (most of Europe), digits without it
  // are more likely an international number missing its '+', so that reading wins.
  const trunkZero = plan?.nationalPrefix === '0';
  if (national.ok && !trunkZero) return { verdict: national, readAsInternational: false };
  const intl = asIntl();
  return intl.ok ? { verdict: intl, readAsInternational: true } : { verdict: national, readAsInternational: false };
}

function internationalNote(raw: string, e164: string, country: string | undefined): NormalizeWarning {
  return { code: 'ph_read_as_international', message: `${quote(raw)} is not a number in ${countryLabel(country)}; read as +${e164}.` };
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
