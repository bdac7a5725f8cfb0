// English country names for messages ("too short for Germany"), from the runtime's ICU data.
let names: Intl.DisplayNames | undefined;
const labels = new Map<string, string>();

/** English name of an ISO alpha-2 code for messages; falls back to the upper-case code. */
export function countryLabel(code: string | undefined): string {
  if (!code) return 'an unknown country';
  const upper = code.toUpperCase();
  const known = labels.get(upper);
  if (known) return known;
  const label = lookup(upper);
  if (labels.size < 1000) labels.set(upper, label);
  return label;
}

function lookup(upper: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const name = names.of(upper) ?? upper;
    return /^(United|Netherlands|Philippines|Czech|Dominican|Bahamas|Gambia)/.test(name) ? `the ${name}` : name;
  } catch {
    return upper;
  }
}
