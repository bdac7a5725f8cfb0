// Splits a full-name cell ("Anna Schmidt", "Schmidt, Anna", "Dr. Jan van der Berg Jr.") into the
// first and last name Pinterest hashes separately. Many exports (Shopify's "Billing Name",
// WooCommerce and CRM "Full name" columns) carry only the whole name. The rule is the common one:
// the first word is the first name and the last word the last name, keeping the particles
// that belong to it ("van der Berg", "de la Cruz"); titles and suffixes are dropped,
// and "Last, First" is read the other way round. A middle name is left out of both. A mis-split
// name costs a match, never a wrong one: Pinterest only compares hashes.

/** Which part of a full name a field takes. */
export type NamePart = 'first' | 'last';

const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'herr', 'frau', 'fr', 'hr', 'mme', 'mlle', 'm', 'sr', 'sra', 'srta', 'sig', 'sigra', 'dott', 'ing']);
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'mba', 'dds']);
const particles = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'degli', 'di', 'da', 'dos', 'das', 'do', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'af', 'al', 'el', 'bin', 'ibn', 'st', 'mac']);

const bare = (word: string) => word.toLowerCase().replace(/\.$/, '');

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** The words of a name without titles in front and suffixes behind (keeping at least one word). */
function core(list: string[]): string[] {
  let start = 0;
  let end = list.length;
  while (end - start > 1 && titles.has(bare(list[start] as string))) start++;
  while (end - start > 1 && suffixes.has(bare((list[end - 1] as string).replace(/,$/, '')))) end--;
  return list.slice(start, end);
}

/** First and last name of a full name; either may be missing ("Cher" has no last name). */
export function splitFullName(raw: string): { first?: string; last?: string } {
  const text = raw.trim();
  const comma = text.indexOf(',');
  if (comma > 0 && comma === text.lastIndexOf(',')) {
    // "Schmidt, Anna" (but "Anna Schmidt, Jr." is a suffix, not a swapped name)
    const after = words(text.slice(comma + 1));
    if (after.length > 0 && !after.every((w) => suffixes.has(bare(w)))) {
      const last = words(text.slice(0, comma)).join(' ');
      const first = core(after)[0];
      return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
    }
  }
  const list = core(words(text.replace(/,/g, ' ')));
  if (list.length === 0) return {};
  if (list.length === 1) return { first: list[0] as string };
  let from = list.length - 1;
  while (from > 1 && particles.has(bare(list[from - 1] as string))) from--;
  return { first: list[0] as string, last: list.slice(from).join(' ') };
}

/** The part of a full-name cell a field takes ('' when the name has no such part). */
export function namePart(raw: string, part: NamePart): string {
  return splitFullName(raw)[part] ?? '';
}
