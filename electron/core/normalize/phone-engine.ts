import type { Plan, TypePlan } from './phone-plan';
import { countryPlansOf, isCallingCode, planOf } from './phone-plan';
import type { PhoneProblem, PhoneVerdict } from './phone-verdict';
import { lengthHint } from './phone-hint';

// A port of the parts of libphonenumber-js (parse → isValid/isPossible) that plain digit
// strings go through, using the precompiled plans of phone-plan.ts. It answers only what
// it fully mirrors ("+<digits>" or national digits with a default country) and returns
// undefined for anything else, which then goes to the library. A differential test runs
// both on many thousands of generated numbers and requires identical verdicts.

const MIN_NSN = 2;
const MAX_NSN = 17;

/** Verdict for "+<digits>" or, with a country, national "<digits>"; undefined = ask the library. */
export function engineVerdict(text: string, defaultCountry: string | undefined): PhoneVerdict | undefined {
  if (text.length < 4 || text.length > 20) return undefined;
  if (text[0] === '+') return international(text.slice(1));
  const plan = defaultCountry ? planOf(defaultCountry) : undefined;
  if (!plan || plan.idd?.test(text)) return undefined; // IDD prefix ("00 44 …"): library
  if (text.startsWith(plan.callingCode)) {
    const shorter = withoutOwnCallingCode(text, plan);
    const main = mainPlanOf(plan.callingCode);
    if (shorter !== undefined) return main ? finish(plan.callingCode, extractNational(shorter, main), undefined) : undefined;
  }
  return finish(plan.callingCode, extractNational(text, plan), defaultCountry);
}

function international(digits: string): PhoneVerdict | undefined {
  if (digits[0] === '0') return undefined;
  for (let i = 1; i <= 3 && i < digits.length; i++) {
    const cc = digits.slice(0, i);
    if (!isCallingCode(cc)) continue;
    const plan = mainPlanOf(cc);
    return plan ? finish(cc, extractNational(digits.slice(i), plan), undefined) : undefined;
  }
  return { ok: false, reason: 'UNKNOWN_CODE', country: undefined };
}

function finish(cc: string, national: string, fallbackCountry: string | undefined): PhoneVerdict | undefined {
  if (national.length < MIN_NSN || national.length > MAX_NSN) return undefined;
  const exact = countryByNationalNumber(cc, national);
  const country = exact ?? fallbackCountry;
  const plan = country !== undefined ? planOf(country) : mainPlanOf(cc);
  if (!plan) return undefined;
  if (isValidFor(national, plan)) return { ok: true, e164: cc + national, country: exact ?? fallbackCountry };
  const length = checkLength(national, plan.lengths);
  if (length === 'IS_POSSIBLE') {
    const hint = lengthHint(national, plan, isValidFor);
    return hint ? { ok: false, reason: 'NOT_VALID', country: exact, hint } : { ok: false, reason: 'NOT_VALID', country: exact };
  }
  return { ok: false, reason: length, country };
}

// libphonenumber: extractNationalNumber + extractNationalNumberFromPossiblyIncompleteNumber.
function extractNational(number: string, plan: Plan): string {
  const stripped = stripNationalPrefix(number, plan);
  if (stripped === number) return number;
  if (plan.national.test(number) && !plan.national.test(stripped)) return number;
  if (plan.lengths) {
    const country = countryByNationalNumber(plan.callingCode, stripped);
    const lengths = country ? planOf(country)?.lengths : plan.lengths;
    const r = checkLength(stripped, lengths);
    if (r === 'TOO_SHORT' || r === 'INVALID_LENGTH') return number;
  }
  return stripped;
}

function stripNationalPrefix(number: string, plan: Plan): string {
  const re = plan.prefixForParsing;
  const m = re?.exec(number);
  if (!re || !m) return number;
  const groups = m.length - 1;
  const captured = groups > 0 && Boolean(m[groups]);
  if (plan.transformRule && captured) return number.replace(re, plan.transformRule);
  return number.slice(m[0].length);
}

// libphonenumber: extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.
function withoutOwnCallingCode(number: string, plan: Plan): string | undefined {
  const shorter = number.slice(plan.callingCode.length);
  const shorterNational = extractNational(shorter, plan);
  const national = extractNational(number, plan);
  const useShorter = (!plan.national.test(national) && plan.national.test(shorterNational))
    || checkLength(national, plan.lengths) === 'TOO_LONG';
  return useShorter ? shorter : undefined;
}

/** The plan of a calling code's main country (undefined for unknown codes). */
function mainPlanOf(cc: string): Plan | undefined {
  return countryPlansOf(cc)?.[0]?.plan;
}

// libphonenumber: getCountryByCallingCode + getCountryByNationalNumber.
function countryByNationalNumber(cc: string, national: string): string | undefined {
  const countries = countryPlansOf(cc);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0]?.country;
  for (const { country, plan } of countries) {
    if (!plan) continue;
    if (plan.leadingDigits) {
      if (national && plan.leadingDigits.test(national)) return country;
    } else if (hasType(national, plan)) {
      return country;
    }
  }
  return undefined;
}

/** libphonenumber's isValid for a national number in one plan. */
export function isValidFor(national: string, plan: Plan): boolean {
  return plan.hasTypes ? hasType(national, plan) : plan.national.test(national);
}

// libphonenumber: getNumberType(...) !== undefined.
function hasType(national: string, plan: Plan): boolean {
  if (!plan.national.test(national)) return false;
  if (isType(national, plan.fixedLine, plan)) return true;
  for (const t of plan.others) if (isType(national, t, plan)) return true;
  return false;
}

function isType(national: string, t: TypePlan | undefined, plan: Plan): boolean {
  if (!t || !t.re) return false;
  const lengths = t.lengths ?? plan.lengths;
  if (lengths && !lengths.includes(national.length)) return false;
  return t.re.test(national);
}

type LengthResult = 'IS_POSSIBLE' | Extract<PhoneProblem, 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH'>;

// libphonenumber: checkNumberLength (no type).
function checkLength(national: string, lengths: number[] | undefined): LengthResult {
  if (!lengths || lengths.length === 0) return 'IS_POSSIBLE';
  const n = national.length;
  const min = lengths[0]!;
  if (min === n) return 'IS_POSSIBLE';
  if (min > n) return 'TOO_SHORT';
  if (lengths[lengths.length - 1]! < n) return 'TOO_LONG';
  return lengths.indexOf(n, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}
