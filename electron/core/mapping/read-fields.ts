import type { Issue } from './issue';
import { convertCell } from './convert-cell';
import type { CellResult, ConvertEnv } from './convert-cell';
import { contentsPrefix } from './field-kinds';
import type { CompiledPlan, FieldPlan, RowCells } from './plan';

/** Field values of one event before assembly: path → value. */
export type FieldValues = Map<string, unknown>;

/** Values read from a group of rows: event-level fields from the first row, items from every row. */
export interface Draft {
  values: FieldValues;
  items: Array<Record<string, unknown>>;
  issues: Issue[];
}

function report(issues: Issue[], row: RowCells, plan: FieldPlan, column: string | undefined, result: CellResult): void {
  const p = result.problem;
  if (!p) return;
  const issue: Issue = { row: row.line, field: plan.path, severity: p.severity, code: p.code, message: p.message };
  if (column !== undefined) issue.column = column;
  issues.push(issue);
}

function addValue(values: FieldValues, plan: FieldPlan, value: CellResult['value']): void {
  if (value === undefined) return;
  if (plan.kind !== 'hashed' && plan.kind !== 'list') {
    if (!values.has(plan.path)) values.set(plan.path, value);
    return;
  }
  const list = (values.get(plan.path) as string[] | undefined) ?? [];
  for (const v of Array.isArray(value) ? value : [String(value)]) if (!list.includes(v)) list.push(v);
  values.set(plan.path, list);
}

/** Converts one field of one row into `values`, reporting problems. */
export function readField(plan: FieldPlan, row: RowCells, env: ConvertEnv, values: FieldValues, issues: Issue[]): void {
  if (plan.input.kind === 'constant') {
    const result = convertCell(plan, plan.input.value, env);
    report(issues, row, plan, undefined, result);
    addValue(values, plan, result.value);
    return;
  }
  if (plan.kind === 'time' && plan.input.columns.length > 1) {
    readJoined(plan, row, env, values, issues);
    return;
  }
  for (const column of plan.input.columns) {
    const raw = row.cells[column.index];
    if (raw === undefined || raw.trim() === '') continue;
    const result = convertCell(plan, raw, env);
    report(issues, row, plan, column.name, result);
    addValue(values, plan, result.value);
  }
}

/** A date and a time in separate columns (Square exports) are read as one "date time" text. */
function readJoined(plan: FieldPlan, row: RowCells, env: ConvertEnv, values: FieldValues, issues: Issue[]): void {
  if (plan.input.kind !== 'columns') return;
  const parts = plan.input.columns.map((c) => (row.cells[c.index] ?? '').trim()).filter((t) => t !== '');
  if (parts.length === 0) return;
  const result = convertCell(plan, parts.join(' '), env);
  report(issues, row, plan, plan.input.columns.map((c) => c.name).join(' + '), result);
  addValue(values, plan, result.value);
}

function readItem(itemPlans: readonly FieldPlan[], row: RowCells, env: ConvertEnv, issues: Issue[]): Record<string, unknown> | undefined {
  const values: FieldValues = new Map();
  for (const plan of itemPlans) readField(plan, row, env, values, issues);
  if (values.size === 0) return undefined;
  const item: Record<string, unknown> = {};
  for (const [path, value] of values) item[path.slice(contentsPrefix.length)] = value;
  return item;
}

/** Reads every mapped field of a group of rows (one row, or a merged order's line items). */
export function readDraft(plan: CompiledPlan, rows: readonly RowCells[], env: ConvertEnv): Draft {
  const issues: Issue[] = [];
  for (const row of rows) if (row.issues) issues.push(...row.issues);
  const values: FieldValues = new Map();
  const itemPlans = plan.itemFields;
  const first = rows[0];
  if (first) for (const field of plan.eventFields) readField(field, first, env, values, issues);
  const items: Array<Record<string, unknown>> = [];
  if (itemPlans.length > 0)
    for (const row of rows) {
      const item = readItem(itemPlans, row, env, issues);
      if (item) items.push(item);
    }
  return { values, items, issues };
}
