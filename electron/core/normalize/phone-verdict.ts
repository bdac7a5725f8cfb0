import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';

/** What a phone number turned out to be, independent of how it was formatted. */
export type PhoneVerdict =
  | { ok: true; e164: string; country: string | undefined }
  | { ok: false; reason: PhoneProblem; country: string | undefined; hint?: 'TOO_SHORT' | 'TOO_LONG' };

/** Why a phone number cannot be sent. */
export type PhoneProblem =
  | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH' | 'NOT_VALID' | 'NOT_A_NUMBER' | 'NO_COUNTRY' | 'UNKNOWN_CODE';

/**
 * The reference path: libphonenumber-js with the "max" metadata. We use max, not min,
 * because min's isValid only checks lengths ("0171 234" passes as German with min); max
 * knows the real number ranges per country, so an impossible number is caught before it
 * is sent. Max is slower per call, which the memo and the fast engine make up for.
 */
export function libraryVerdict(text: string, defaultCountry: string | undefined): PhoneVerdict {
  const dc = defaultCountry as CountryCode | undefined;
  const p = parsePhoneNumberFromString(text, dc ? { defaultCountry: dc } : undefined);
  if (!p) return { ok: false, reason: lengthProblem(text, dc), country: defaultCountry };
  const country = p.country ?? defaultCountry;
  if (p.isValid()) return { ok: true, e164: p.number.slice(1), country: p.country };
  if (!p.isPossible()) return { ok: false, reason: lengthProblem(p.number, undefined), country };
  return { ok: false, reason: 'NOT_VALID', country: p.country ?? undefined };
}

function lengthProblem(text: string, dc: CountryCode | undefined): PhoneProblem {
  let r: string | undefined;
  try {
    r = validatePhoneNumberLength(text, dc ? { defaultCountry: dc } : undefined);
  } catch {
    return 'NOT_A_NUMBER';
  }
  switch (r) {
    case 'TOO_SHORT': return 'TOO_SHORT';
    case 'TOO_LONG': return 'TOO_LONG';
    case 'INVALID_LENGTH': return 'INVALID_LENGTH';
    case 'INVALID_COUNTRY': return /^\s*(\+|00)/.test(text) ? 'UNKNOWN_CODE' : 'NO_COUNTRY';
    default: return 'NOT_A_NUMBER';
  }
}
