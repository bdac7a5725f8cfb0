import { normalizeHeader } from './header-match';

// Many exports carry a person's name only whole: Shopify's "Billing Name", CRM "Full name" or
// "Customer". Pinterest matches on first and last name hashed separately, so when no first/last
// name columns are mapped such a column is suggested for both, each taking its part of the name
// (mapping: {"column": "Billing Name", "part": "first"} and {"part": "last"}).

/** Headers of full-name columns, most useful first (the billing name is the buyer's). */
const fullNameHeaders = [
  'billing name', 'customer name', 'full name', 'contact name', 'buyer name', 'client name', 'name', 'customer',
  'shipping name', 'recipient name', 'kundenname', 'vollstandiger name', 'nom complet', 'nom du client',
  'nombre completo', 'nombre del cliente', 'nome completo', 'nome cliente', 'volledige naam', 'klantnaam',
];

// Two or more words of letters (hyphens, apostrophes and dots inside), or "Last, First".
const personName = /^\p{L}[\p{L}\p{M}'’.-]*(?:,?\s+\p{L}[\p{L}\p{M}'’.-]*)+$/u;

/** A full-name column to split into first and last name, with how sure we are. */
export interface FullNameSuggestion {
  column: string;
  confidence: number;
  reason: string;
}

/** The best full-name column not already used, when its values look like people's names. */
export function suggestFullName(columns: readonly string[], samplesOf: (column: string) => readonly string[], used: ReadonlySet<string>): FullNameSuggestion | undefined {
  const byHeader = new Map(columns.map((c) => [normalizeHeader(c), c]));
  for (const header of fullNameHeaders) {
    const column = byHeader.get(header);
    if (column === undefined || used.has(column)) continue;
    const values = samplesOf(column).map((v) => v.trim()).filter((v) => v !== '');
    if (values.length === 0) continue;
    const share = values.filter((v) => personName.test(v)).length / values.length;
    if (share < 0.6) continue;
    return { column, confidence: share >= 0.9 ? 0.8 : 0.6, reason: 'a full name in its header and values: its first word is sent as first name, its last as last name' };
  }
  return undefined;
}
