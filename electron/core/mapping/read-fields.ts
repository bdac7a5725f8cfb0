import { toCountryCode } from '../normalize/country';
import type { Issue } from './issue';
import { convertCell, convertCellCached } from './convert-cell';
import type { CellResult, ConvertEnv } from './convert-cell';
import type { CompiledPlan, FieldPlan, RowCells } from './plan';

/** Values read from a group of rows, already in Pinterest's places: event fields from the first row, items from every row. */
export interface Draft {
  top: Record<string, unknown>;
  user: Record<string, unknown>;
  custom: Record<string, unknown>;
  items: Array<Record<string, unknown>>;
  issues: Issue[];
}

// The hot path of a million-row file: plain objects, no per-cell allocation beyond the value.

function report(issues: Issue[], row: RowCells, plan: FieldPlan, column: string | undefined, result: CellResult): void {
  const p = result.problem;
  if (!p) return;
  const issue: Issue = { row: row.line, field: plan.path, severity: p.severity, code: p.code, message: p.message };
  if (column !== undefined) issue.column = column;
  issues.push(issue);
}

function put(place: Record<string, unknown>, plan: FieldPlan, value: CellResult['value']): void {
  if (value === undefined) return;
  if (!plan.many) {
    if (place[plan.key] === undefined) place[plan.key] = value;
    return;
  }
  const list = place[plan.key] as string[] | undefined;
  // A first value makes a one-element array literal: an empty array grown by push reserves
  // room for 17 elements, and most identity fields only ever hold one value.
  if (typeof value === 'string') {
    if (!list) place[plan.key] = [value];
    else if (!list.includes(value)) list.push(value);
  } else if (Array.isArray(value)) {
    if (!list) place[plan.key] = dedupe(value);
    else for (const v of value) if (!list.includes(v)) list.push(v);
  }
}

function dedupe(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) if (!out.includes(v)) out.push(v);
  return out;
}

/** A date and a time in separate columns (Square exports) are read as one "date time" text. */
function joinedCell(plan: FieldPlan, row: RowCells): string {
  if (plan.input.kind !== 'columns') return '';
  let text = '';
  for (const c of plan.input.columns) {
    const part = (row.cells[c.index] ?? '').trim();
    if (part !== '') text = text === '' ? part : `${text} ${part}`;
  }
  return text;
}

/** Converts one field of one row into `place`, reporting problems. */
export function readField(plan: FieldPlan, row: RowCells, env: ConvertEnv, place: Record<string, unknown>, issues: Issue[]): void {
  const input = plan.input;
  if (input.kind === 'constant') {
    const result = convertCellCached(plan, input.value, env);
    if (result.problem) report(issues, row, plan, undefined, result);
    put(place, plan, result.value);
    return;
  }
  if (plan.kind === 'time' && input.columns.length > 1) {
    const text = joinedCell(plan, row);
    if (text === '') return;
    const result = convertCell(plan, text, env);
    if (result.problem) report(issues, row, plan, input.columns.map((c) => c.name).join(' + '), result);
    put(place, plan, result.value);
    return;
  }
  for (const column of input.columns) {
    const raw = row.cells[column.index];
    if (raw === undefined || raw === '' || raw.trim() === '') continue;
    const result = convertCellCached(plan, raw, env);
    if (result.problem) report(issues, row, plan, column.name, result);
    put(place, plan, result.value);
  }
}

/** Environments by country, and the country cells already resolved to one. */
export interface CountryEnvs {
  byCountry: Map<string, ConvertEnv>;
  /** Country cell text → its environment: a file repeats a few spellings a million times. */
  byCell: Map<string, ConvertEnv>;
}

const maxCellSpellings = 1000;

/** The row's own country (when a country column is mapped) decides phone, state and zip rules. */
function rowEnv(plan: CompiledPlan, row: RowCells, env: ConvertEnv, envs: CountryEnvs): ConvertEnv {
  const field = plan.countryField;
  if (!field || field.input.kind !== 'columns') return env;
  const index = field.input.columns[0]?.index ?? -1;
  const raw = row.cells[index];
  if (raw === undefined) return env;
  const known = envs.byCell.get(raw);
  if (known) return known;
  const own = countryEnv(raw, env, envs.byCountry);
  if (envs.byCell.size >= maxCellSpellings) envs.byCell.clear();
  envs.byCell.set(raw, own);
  return own;
}

function countryEnv(raw: string, env: ConvertEnv, cache: Map<string, ConvertEnv>): ConvertEnv {
  if (raw.trim() === '') return env;
  const code = toCountryCode(raw)?.toUpperCase();
  if (code === undefined || code === env.defaultCountry) return env;
  let own = cache.get(code);
  if (!own) cache.set(code, (own = { ...env, defaultCountry: code, memos: [] }));
  return own;
}

function readItem(plan: CompiledPlan, row: RowCells, env: ConvertEnv, issues: Issue[]): Record<string, unknown> | undefined {
  const item: Record<string, unknown> = {};
  let any = false;
  for (const field of plan.itemFields) {
    readField(field, row, env, item, issues);
    if (item[field.key] !== undefined) any = true;
  }
  return any ? item : undefined;
}

/** Reads every mapped field of a group of rows (one row, or a merged order's line items). */
export function readDraft(plan: CompiledPlan, rows: readonly RowCells[], env: ConvertEnv, countryEnvs: CountryEnvs): Draft {
  const draft: Draft = { top: {}, user: {}, custom: {}, items: [], issues: [] };
  for (const row of rows) if (row.issues) draft.issues.push(...row.issues);
  const first = rows[0];
  if (first) {
    const own = rowEnv(plan, first, env, countryEnvs);
    for (const field of plan.eventFields) {
      const place = field.target === 'top' ? draft.top : field.target === 'user' ? draft.user : draft.custom;
      readField(field, first, own, place, draft.issues);
    }
  }
  if (plan.itemFields.length > 0)
    for (const row of rows) {
      const item = readItem(plan, row, env, draft.issues);
      if (item) draft.items.push(item);
    }
  return draft;
}
