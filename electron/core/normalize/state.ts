import { cleanText, foldKey } from './text';
import type { NormalizeContext, NormalizeOutcome } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';
import { countryLabel } from './country-label';
import { STATE_CODES, STATE_NAMES } from './state-data';

const CODE = /^[a-z0-9]{2,3}$/;
const SEARCH_ORDER = ['US', 'CA', 'AU', 'DE'];

/**
 * Rule for st: the region code, lowercase ("California" → "ca", "N.Y." → "ny", "Québec" →
 * "qc", "Bayern" → "by"). Names are looked up in the default country's table first, then
 * US, CA, AU, DE. Codes of 2-3 letters pass for any country (Australia's "NSW"; Pinterest's
 * Magento extension sends region codes as they are). Any other text is invalid.
 */
export function normalizeState(raw: string, ctx: NormalizeContext): NormalizeOutcome {
  const key = foldKey(cleanText(raw));
  if (key === '') return EMPTY;
  const country = ctx.defaultCountry?.toUpperCase();
  const byName = lookupName(key, country);
  if (byName) return valueOf(byName);
  if (!CODE.test(key)) {
    return invalid('st_unknown', `${quote(raw)} is not a state we recognise; use its two-letter code.`);
  }
  const known = country ? STATE_CODES.get(country) : undefined;
  if (known && !known.has(key)) {
    return valueOf(key, { code: 'st_unknown_code', message: `${quote(raw)} is not a state code in ${countryLabel(country)}.` });
  }
  return valueOf(key);
}

function lookupName(key: string, country: string | undefined): string | undefined {
  if (key.length <= 3) return undefined; // a code, not a name ("ca" must stay "ca")
  const own = country ? STATE_NAMES.get(country)?.get(key) : undefined;
  if (own) return own;
  for (const c of SEARCH_ORDER) {
    const hit = STATE_NAMES.get(c)?.get(key);
    if (hit) return hit;
  }
  return undefined;
}
