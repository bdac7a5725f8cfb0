import type { FieldSource, Mapping, MappingOptions } from '../../../electron/shared/mapping';
import { fullNameChoice } from '../../../electron/shared/mapping';

// Pure edits of a mapping, as the map step makes them. Each returns a new mapping; the input is
// never changed, so React sees every edit and undo stays possible.

/** True when the column is split into first and last name (see fullNameChoice). */
function splitsName(mapping: Mapping, column: string): boolean {
  const fn = mapping.fields['user_data.fn'];
  const ln = mapping.fields['user_data.ln'];
  return fn?.column === column && fn.part === 'first' && ln?.column === column && ln.part === 'last';
}

/** The Pinterest field a column feeds (fullNameChoice for a split full name), if any. */
export function fieldOfColumn(mapping: Mapping, column: string): string | undefined {
  if (splitsName(mapping, column)) return fullNameChoice;
  for (const [path, source] of Object.entries(mapping.fields)) {
    if (source.column === column || source.columns?.includes(column)) return path;
  }
  return undefined;
}

function withoutColumn(source: FieldSource, column: string): FieldSource | null {
  if (source.column === column) return null;
  if (!source.columns?.includes(column)) return source;
  const rest = source.columns.filter((c) => c !== column);
  if (rest.length === 0) return null;
  const { columns: _c, ...other } = source;
  return rest.length === 1 ? { ...other, column: rest[0] } : { ...other, columns: rest };
}

/** Detaches a column from whatever field it fed. */
export function unassignColumn(mapping: Mapping, column: string): Mapping {
  const fields: Record<string, FieldSource> = {};
  for (const [path, source] of Object.entries(mapping.fields)) {
    const next = withoutColumn(source, column);
    if (next) fields[path] = next;
  }
  return { ...mapping, fields };
}

/**
 * Sends a column as a field (or nothing, with null). A multi-valued field (two email columns)
 * collects columns; any other field takes the column instead of its previous source.
 */
export function assignColumn(mapping: Mapping, column: string, field: string | null, multi = false): Mapping {
  const cleared = unassignColumn(mapping, column);
  if (field === null) return cleared;
  if (field === fullNameChoice) {
    const fields = { ...cleared.fields, 'user_data.fn': { column, part: 'first' as const }, 'user_data.ln': { column, part: 'last' as const } };
    return { ...cleared, fields };
  }
  const existing = cleared.fields[field];
  const previous = existing?.column ? [existing.column] : (existing?.columns ?? []);
  const source: FieldSource = multi && previous.length > 0 ? { columns: [...previous, column] } : { column };
  return { ...cleared, fields: { ...cleared.fields, [field]: source } };
}

/** Sets a field to a constant for every row (undefined or '' removes the constant). */
export function setConstant(mapping: Mapping, field: string, value: string | undefined): Mapping {
  const { [field]: previous, ...rest } = mapping.fields;
  if (value === undefined || value === '') {
    return previous?.value !== undefined ? { ...mapping, fields: rest } : mapping;
  }
  return { ...mapping, fields: { ...rest, [field]: { value } } };
}

/** The constant of a field, when it has one. */
export function constantOf(mapping: Mapping, field: string): string | undefined {
  const value = mapping.fields[field]?.value;
  return value === undefined ? undefined : String(value);
}

/** Sets or clears one mapping-wide option. */
export function setOption<K extends keyof MappingOptions>(mapping: Mapping, key: K, value: MappingOptions[K] | undefined): Mapping {
  const options: MappingOptions = { ...(mapping.options ?? {}) };
  if (value === undefined || value === '') delete options[key];
  else options[key] = value;
  return { ...mapping, options };
}

/** Sets a per-field hint (date format, decimal separator) on a column-fed field. */
export function setFieldHint(mapping: Mapping, field: string, hint: 'format' | 'decimal', value: string | undefined): Mapping {
  const source = mapping.fields[field];
  if (!source) return mapping;
  const { [hint]: _old, ...rest } = source;
  const next = (value ? { ...rest, [hint]: value } : rest) as FieldSource;
  return { ...mapping, fields: { ...mapping.fields, [field]: next } };
}

/** Columns a mapping reads that the file does not have (a template made for other headers). */
export function missingColumns(mapping: Mapping, columns: readonly string[]): string[] {
  const have = new Set(columns);
  const wanted = Object.values(mapping.fields).flatMap((s) => (s.column ? [s.column] : (s.columns ?? [])));
  return [...new Set(wanted.filter((c) => !have.has(c)))];
}

/** How a field is fed, in words, for the fields overview. */
export function describeSource(source: FieldSource | undefined): string {
  if (!source) return 'not mapped';
  if (source.value !== undefined) return `always “${String(source.value)}”`;
  if (source.columns) return `columns ${source.columns.map((c) => `“${c}”`).join(' + ')}`;
  if (source.part) return `column “${source.column}” (${source.part === 'first' ? 'its first word' : 'its last word'})`;
  return `column “${source.column}”`;
}
