// English country names for messages ("too short for Germany"), from the runtime's ICU data.
let names: Intl.DisplayNames | undefined;

/** English name of an ISO alpha-2 code for messages; falls back to the upper-case code. */
export function countryLabel(code: string | undefined): string {
  if (!code) return 'an unknown country';
  const upper = code.toUpperCase();
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const name = names.of(upper) ?? upper;
    return /^(United|Netherlands|Philippines|Czech|Dominican|Bahamas|Gambia)/.test(name) ? `the ${name}` : name;
  } catch {
    return upper;
  }
}
