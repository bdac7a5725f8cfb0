import type { CompiledPlan, FieldPlan, RowCells } from './plan';

// Workers receive only the cells a plan reads (a 60-column Shopify export needs about 12), so a
// narrowed plan addresses cells by their position in `usedColumns` instead of in the file.

function remapField(field: FieldPlan, position: ReadonlyMap<number, number>): FieldPlan {
  if (field.input.kind === 'constant') return field;
  const columns = field.input.columns.map((c) => ({ name: c.name, index: position.get(c.index) ?? -1 }));
  return { ...field, input: { kind: 'columns', columns } };
}

/** The same plan, addressing cells by position in `plan.usedColumns`. */
export function narrowPlan(plan: CompiledPlan): CompiledPlan {
  const position = new Map(plan.usedColumns.map((column, i) => [column, i]));
  const remap = (f: FieldPlan) => remapField(f, position);
  const narrowed: CompiledPlan = {
    ...plan,
    fields: plan.fields.map(remap),
    eventFields: plan.eventFields.map(remap),
    itemFields: plan.itemFields.map(remap),
    usedColumns: plan.usedColumns.map((_c, i) => i),
    identityColumns: plan.identityColumns.map((c) => position.get(c) ?? -1),
  };
  if (plan.mergeBy) narrowed.mergeBy = remap(plan.mergeBy);
  if (plan.countryField) narrowed.countryField = remap(plan.countryField);
  return narrowed;
}

/** True when a plan reads every column in order (then narrowing would only copy the rows). */
export function readsEveryColumn(plan: CompiledPlan): boolean {
  return plan.usedColumns.length === plan.columns.length && plan.usedColumns.every((c, i) => c === i);
}

/** A row with only the cells of `usedColumns`, in that order. */
export function narrowRow(row: RowCells, usedColumns: readonly number[]): RowCells {
  const cells = new Array<string>(usedColumns.length);
  for (let i = 0; i < usedColumns.length; i++) cells[i] = row.cells[usedColumns[i] ?? -1] ?? '';
  return row.issues && row.issues.length > 0 ? { index: row.index, line: row.line, cells, issues: row.issues } : { index: row.index, line: row.line, cells };
}
