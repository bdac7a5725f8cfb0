import { readFile } from 'node:fs/promises';
import type { Mapping } from '../../shared/mapping';
import { mappingSchema } from '../../shared/mapping';
import type { RowSource } from './prepared';

/** Up to `perColumn` non-blank values per column from the first `maxRows` rows. */
export async function sampleColumns(source: RowSource, columns: readonly string[], maxRows = 300, perColumn = 20): Promise<Record<string, string[]>> {
  const lists = columns.map(() => [] as string[]);
  let seen = 0;
  outer: for await (const chunk of source.rows({})) {
    for (const row of chunk) {
      if (seen++ >= maxRows) break outer;
      for (let i = 0; i < lists.length; i++) {
        const value = row.cells[i];
        const list = lists[i] as string[];
        if (value !== undefined && value.trim() !== '' && list.length < perColumn) list.push(value);
      }
    }
  }
  // Own properties only, defined (not assigned) so a "__proto__" header stays a plain key.
  const out: Record<string, string[]> = {};
  columns.forEach((name, i) => Object.defineProperty(out, name, { value: lists[i], enumerable: true, writable: true, configurable: true }));
  return out;
}

/** Parses a mapping JSON text; the error says what is wrong in plain words. */
export function parseMappingJson(text: string): { mapping: Mapping } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `The mapping is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = mappingSchema.safeParse(json);
  if (parsed.success) return { mapping: parsed.data };
  const first = parsed.error.issues[0];
  return { error: `The mapping is not in the expected format at "${first?.path.join('.') ?? ''}": ${first?.message ?? 'invalid'}` };
}

/** Reads and parses a mapping file. */
export async function readMappingFile(path: string): Promise<{ mapping: Mapping } | { error: string }> {
  try {
    return parseMappingJson(await readFile(path, 'utf8'));
  } catch (error) {
    return { error: `Cannot read the mapping file "${path}": ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The IANA zone of this machine (the default for naive date-times). */
export function systemTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
