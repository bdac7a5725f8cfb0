import { cleanLower } from './text';
import type { NormalizeContext, NormalizeOutcome } from './outcome';
import { EMPTY, invalid, quote, valueOf } from './outcome';
import { countryLabel } from './country-label';

const SEPARATORS = /[\s-]+/g;
const US_ZIP_PLUS4 = /^\d{5}-?\d{4}$/;
const ALNUM = /^[\p{L}\p{N}]+$/u;
const ASCII_ALNUM = /^[a-z0-9]+$/;

/**
 * Rule for zp. US: the 5-digit ZIP ("98121-4892" → "98121"); 3-4 digits get their leading
 * zeros back ("2134" → "02134", Excel drops them) with a warning. Elsewhere the spec's
 * "digits only" would destroy postcodes with letters, so we follow Meta's rule: lowercase,
 * spaces and dashes removed ("NR9 5AL" → "nr95al", "01310-100" → "01310100"). Without a
 * default country, a ZIP+4 ("12345-6789") is taken as US; everything else as non-US.
 */
export function normalizeZip(raw: string, ctx: NormalizeContext): NormalizeOutcome {
  const s = cleanLower(raw);
  if (s === '') return EMPTY;
  const country = ctx.defaultCountry?.toUpperCase();
  if (country === 'US' || (!country && US_ZIP_PLUS4.test(s))) return usZip(raw, s.replace(SEPARATORS, ''));
  if (ASCII_ALNUM.test(s)) return valueOf(s);
  const v = s.replace(SEPARATORS, '').normalize('NFC');
  if (!ALNUM.test(v)) {
    return invalid('zp_invalid', `${quote(raw)} is not a postcode for ${countryLabel(country)}.`);
  }
  return valueOf(v);
}

function usZip(raw: string, digits: string): NormalizeOutcome {
  if (/^\d{5}(?:\d{4})?$/.test(digits)) return valueOf(digits.slice(0, 5));
  if (/^\d{3,4}$/.test(digits)) {
    const v = digits.padStart(5, '0');
    return valueOf(v, { code: 'zp_leading_zeros', message: `${quote(raw)} lost its leading zeros (Excel); read as ${v}.` });
  }
  return invalid('zp_invalid', `${quote(raw)} is not a US ZIP code.`);
}
