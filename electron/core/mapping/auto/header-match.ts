import { exactSynonyms, keywordSynonyms, misleading } from './header-synonyms';

/** A field a header points at, with how sure we are (0..1) and why. */
export interface HeaderHint {
  field: string;
  score: number;
  reason: string;
}

/** Lowercase, accents stripped, camelCase and punctuation turned into single spaces. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Earlier synonyms are the more typical names: "Created at" wins over "Paid at" by a hair.
const exact = new Map<string, { field: string; rank: number }>();
for (const [field, names] of Object.entries(exactSynonyms))
  names.forEach((name, rank) => {
    if (!exact.has(name)) exact.set(name, { field, rank: Math.min(rank, 40) });
  });
const misleadingSet = new Set(misleading);

/** Fields a header names, best first (empty when the header says nothing we know). */
export function headerHints(header: string): HeaderHint[] {
  const name = normalizeHeader(header);
  if (name === '' || misleadingSet.has(name)) return [];
  const found = exact.get(name) ?? exact.get(name.replace(/ \d+$/, ''));
  if (found) return [{ field: found.field, score: 0.9 - found.rank * 0.001, reason: `the header "${header}" is a usual name for it` }];
  const words = new Set(name.split(' '));
  const hints: HeaderHint[] = [];
  for (const [candidate, keys] of Object.entries(keywordSynonyms))
    if (keys.some((k) => words.has(k))) hints.push({ field: candidate, score: 0.65, reason: `the header "${header}" mentions it` });
  return hints;
}
