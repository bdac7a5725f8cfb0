import { Metadata } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/max/metadata';

// The numbering plans of libphonenumber-js's "max" metadata, with every pattern compiled
// ONCE. libphonenumber-js builds `new RegExp(...)` on each call (about 25 µs per US number
// because +1 is shared by 25 countries); these compiled plans make phone-engine.ts fast.

/** The subset of libphonenumber-js's (untyped) Metadata API we read. */
interface MetadataApi {
  selectNumberingPlan(country: string): void;
  getCountryCodesForCallingCode(cc: string): string[] | undefined;
  hasCallingCode(cc: string): boolean;
  numberingPlan: { callingCode(): string; nationalPrefix(): string | undefined };
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  IDDPrefix(): string | undefined;
  hasTypes(): boolean;
  type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/** A number type's pattern and lengths ("MOBILE" etc.). */
export interface TypePlan {
  re: RegExp | undefined;
  lengths: number[] | undefined;
}

/** One country's numbering plan with compiled patterns. */
export interface Plan {
  country: string;
  callingCode: string;
  /** The trunk prefix written before national numbers ('0' in most of Europe, '1' in NANP). */
  nationalPrefix: string | undefined;
  national: RegExp;
  lengths: number[] | undefined;
  prefixForParsing: RegExp | undefined;
  transformRule: string | undefined;
  leadingDigits: RegExp | undefined;
  idd: RegExp | undefined;
  hasTypes: boolean;
  fixedLine: TypePlan | undefined;
  mobile: TypePlan | undefined;
  /** Non-fixed-line types in libphonenumber's checking order. */
  others: TypePlan[];
}

const OTHER_TYPES = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
const meta = new Metadata(metadataJson) as unknown as MetadataApi;
const plans = new Map<string, Plan | null>();

const whole = (p: string) => new RegExp(`^(?:${p})$`);
const start = (p: string | undefined) => (p ? new RegExp(`^(?:${p})`) : undefined);

function typePlan(t: string): TypePlan | undefined {
  const def = meta.type(t);
  if (!def) return undefined;
  const p = def.pattern();
  return { re: p ? whole(p) : undefined, lengths: def.possibleLengths() };
}

function compile(country: string): Plan {
  meta.selectNumberingPlan(country);
  const np = meta.numberingPlan;
  return {
    country,
    callingCode: np.callingCode(),
    nationalPrefix: np.nationalPrefix(),
    national: whole(meta.nationalNumberPattern()),
    lengths: meta.possibleLengths(),
    prefixForParsing: start(meta.nationalPrefixForParsing()),
    transformRule: meta.nationalPrefixTransformRule(),
    leadingDigits: start(meta.leadingDigits()),
    idd: start(meta.IDDPrefix()),
    hasTypes: meta.hasTypes(),
    fixedLine: typePlan('FIXED_LINE'),
    mobile: typePlan('MOBILE'),
    others: OTHER_TYPES.map(typePlan).filter((t): t is TypePlan => t !== undefined),
  };
}

/** The compiled plan of a country (upper-case ISO code), or undefined if unknown. */
export function planOf(country: string): Plan | undefined {
  let p = plans.get(country);
  if (p === undefined) {
    try {
      p = compile(country);
    } catch {
      p = null;
    }
    plans.set(country, p);
  }
  return p ?? undefined;
}

/** Countries sharing a calling code, main country first; undefined for unknown/non-geographic codes. */
export function countriesOf(callingCode: string): readonly string[] | undefined {
  return meta.getCountryCodesForCallingCode(callingCode);
}

/** A country of a calling code with its plan (undefined when the metadata cannot compile it). */
export interface CountryPlan {
  country: string;
  plan: Plan | undefined;
}

const byCallingCode = new Map<string, readonly CountryPlan[] | null>();

/**
 * countriesOf with each country's plan, computed once per calling code: +1 alone has 25
 * countries, which a number that is not American walks one by one.
 */
export function countryPlansOf(callingCode: string): readonly CountryPlan[] | undefined {
  let list = byCallingCode.get(callingCode);
  if (list === undefined) {
    const countries = countriesOf(callingCode);
    list = countries ? countries.map((country) => ({ country, plan: planOf(country) })) : null;
    byCallingCode.set(callingCode, list);
  }
  return list ?? undefined;
}

/** True for any calling code libphonenumber knows (non-geographic ones included). */
export function isCallingCode(callingCode: string): boolean {
  return Boolean(meta.hasCallingCode(callingCode));
}
