/** Input of the auto-mapper: the header and some sample values per column. */
export interface SuggestInput {
  columns: readonly string[];
  samples: Readonly<Record<string, readonly string[]>>;
  accountCurrency?: string;
}

/** Samples of a column; safe for hostile headers such as "__proto__" (own properties only). */
export function samplesOf(input: SuggestInput, column: string): readonly string[] {
  const list: unknown = Object.hasOwn(input.samples, column) ? input.samples[column] : undefined;
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
}

