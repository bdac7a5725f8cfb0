import type { FieldSource, Mapping } from '../../../shared/mapping';
import { fullNameChoice } from '../../../shared/mapping';
import { fieldLabel } from '../field-labels';
import type { Candidate } from './column-candidates';
import { columnCandidates } from './column-candidates';
import { suggestConstants, suggestOptions } from './suggest-extras';
import type { FullNameSuggestion } from './suggest-full-name';
import { suggestFullName } from './suggest-full-name';
import type { SuggestInput } from './suggest-input';
import { samplesOf } from './suggest-input';

export type { SuggestInput } from './suggest-input';

/** Below this confidence a column is left unmapped: a wrong guess costs more than a blank. */
export const suggestThreshold = 0.5;

/** Fields that may take several columns (Pinterest's template has email, email_1..email_4). */
const multiColumn = new Set(['user_data.em', 'user_data.ph', 'user_data.hashed_maids']);

/** What the mapping step shows next to a column. */
export interface ColumnSuggestion {
  column: string;
  field?: string;
  confidence: number;
  reason: string;
}

/** A suggested mapping with a suggestion per column. */
export interface MappingSuggestion {
  mapping: Mapping;
  columns: ColumnSuggestion[];
}


function assign(all: Candidate[], order: ReadonlyMap<string, number>): Map<string, Candidate[]> {
  const sorted = [...all].sort((a, b) => b.score - a.score || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));
  const chosen = new Map<string, Candidate[]>();
  const usedColumns = new Set<string>();
  for (const c of sorted) {
    if (c.score < suggestThreshold || usedColumns.has(c.column)) continue;
    const taken = chosen.get(c.field);
    if (taken && !(multiColumn.has(c.field) && c.score >= 0.75 && !!taken[0]?.hashed === !!c.hashed)) continue;
    chosen.set(c.field, [...(taken ?? []), c]);
    usedColumns.add(c.column);
  }
  for (const list of chosen.values()) list.sort((a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));
  return chosen;
}

function sourceOf(list: Candidate[]): FieldSource {
  const first = list[0] as Candidate;
  const source: FieldSource = list.length > 1 ? { columns: list.map((c) => c.column) } : { column: first.column };
  if (first.hashed) source.hashed = true;
  return source;
}

function describe(columns: readonly string[], byColumn: Map<string, Candidate[]>, chosen: Map<string, Candidate[]>): ColumnSuggestion[] {
  const mappedTo = new Map<string, Candidate>();
  for (const list of chosen.values()) for (const c of list) mappedTo.set(c.column, c);
  return columns.map((column) => {
    const picked = mappedTo.get(column);
    if (picked) return { column, field: picked.field, confidence: round(picked.score), reason: `${fieldLabel(picked.field)}: ${picked.reason}.` };
    const top = byColumn.get(column)?.[0];
    if (!top) return { column, confidence: 0, reason: 'No Pinterest field matches this column; it is not sent.' };
    const why = top.score < suggestThreshold ? 'not sure enough' : `${fieldLabel(top.field)} already comes from another column`;
    return { column, confidence: round(top.score), reason: `Maybe ${fieldLabel(top.field)} (${top.reason}), but ${why}: left unmapped.` };
  });
}

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

/** A full-name column for first and last name, when the file has no columns of its own for them. */
function splitName(input: SuggestInput, chosen: Map<string, Candidate[]>, fields: Record<string, FieldSource>): FullNameSuggestion | undefined {
  if (chosen.has('user_data.fn') || chosen.has('user_data.ln')) return undefined;
  const used = new Set([...chosen.values()].flat().map((c) => c.column));
  const found = suggestFullName(input.columns, (c) => samplesOf(input, c), used);
  if (!found) return undefined;
  fields['user_data.fn'] = { column: found.column, part: 'first' };
  fields['user_data.ln'] = { column: found.column, part: 'last' };
  return found;
}

/** Suggests a mapping from the header names and sample values of a file. */
export function suggestMapping(input: SuggestInput): MappingSuggestion {
  const order = new Map(input.columns.map((c, i) => [c, i]));
  const byColumn = new Map(input.columns.map((c) => [c, columnCandidates(c, samplesOf(input, c))]));
  const chosen = assign([...byColumn.values()].flat(), order);
  const fields: Record<string, FieldSource> = {};
  for (const [field, list] of chosen) fields[field] = sourceOf(list);
  const name = splitName(input, chosen, fields);
  const mapping: Mapping = { version: 1, fields, options: {} };
  suggestConstants(mapping, input);
  suggestOptions(mapping, input);
  const columns = describe(input.columns, byColumn, chosen);
  if (name) {
    const at = columns.findIndex((c) => c.column === name.column);
    columns[at] = { column: name.column, field: fullNameChoice, confidence: name.confidence, reason: `First and last name: ${name.reason}.` };
  }
  return { mapping, columns };
}
