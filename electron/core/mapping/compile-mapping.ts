import type { FieldSource, Mapping } from '../../shared/mapping';
import { checkConstant } from './check-constant';
import { contentsPrefix, fieldKinds } from './field-kinds';
import { fieldLabel } from './field-labels';
import { fieldByPath } from '../schema/field-catalog';
import { checkRequired } from './check-required';
import type { ColumnRef, CompileResult, CompiledPlan, FieldInput, FieldPlan, IdSource, MappingIssue } from './plan';

const canonicalOrder = [...fieldKinds.keys()];

/** Finds a column by exact header, then by trimmed case-insensitive header. */
function findColumn(columns: readonly string[], name: string): ColumnRef | undefined {
  let index = columns.indexOf(name);
  if (index < 0) {
    const wanted = name.trim().toLowerCase();
    index = columns.findIndex((c) => c.trim().toLowerCase() === wanted);
  }
  return index < 0 ? undefined : { name: columns[index] ?? name, index };
}

function resolveInput(path: string, source: FieldSource, columns: readonly string[], issues: MappingIssue[]): FieldInput | undefined {
  if (source.value !== undefined) return { kind: 'constant', value: String(source.value) };
  const names = source.columns ?? (source.column !== undefined ? [source.column] : []);
  const refs: ColumnRef[] = [];
  for (const name of names) {
    const ref = findColumn(columns, name);
    if (ref) refs.push(ref);
    else issues.push({ field: path, severity: 'error', message: `${fieldLabel(path)}: the column "${name}" is not in this file.` });
  }
  return refs.length === names.length && refs.length > 0 ? { kind: 'columns', columns: refs } : undefined;
}

/** Fields that may take the first or last name of a full-name column. */
const namePartFields = new Set(['user_data.fn', 'user_data.ln']);

function hintIssues(path: string, plan: FieldPlan, source: FieldSource, issues: MappingIssue[]): void {
  const label = fieldLabel(path);
  if (source.format !== undefined && plan.kind !== 'time' && path !== 'user_data.db')
    issues.push({ field: path, severity: 'warning', message: `${label}: a date format only applies to dates; it is ignored here.` });
  if (source.decimal !== undefined && plan.kind !== 'money')
    issues.push({ field: path, severity: 'warning', message: `${label}: a decimal separator only applies to amounts; it is ignored here.` });
  if (source.hashed === true && plan.kind !== 'hashed')
    issues.push({ field: path, severity: 'warning', message: `${label} is never hashed, so "already hashed" is ignored.` });
  if (source.part !== undefined && !namePartFields.has(path))
    issues.push({ field: path, severity: 'warning', message: `${label}: taking the first or last name of a full name only applies to first and last name; it is ignored here.` });
  if (plan.input.kind === 'columns' && plan.input.columns.length > 1 && !['hashed', 'list', 'time'].includes(plan.kind))
    issues.push({ field: path, severity: 'error', message: `${label} takes one column; only identity fields (and a date plus a time column) can combine several.` });
}

function planField(path: string, source: FieldSource, columns: readonly string[], issues: MappingIssue[]): FieldPlan | undefined {
  const kind = fieldKinds.get(path);
  if (!kind) {
    const known = fieldByPath(path) !== undefined;
    const message = known ? `"${fieldLabel(path)}" (${path}) cannot be filled from a file upload.` : `Pinterest has no field "${path}".`;
    issues.push({ field: path, severity: 'error', message });
    return undefined;
  }
  const input = resolveInput(path, source, columns, issues);
  if (!input) return undefined;
  const plan: FieldPlan = { path, kind, input, ...targetOf(path), many: kind === 'hashed' || kind === 'list' };
  if (source.format !== undefined) plan.format = source.format;
  if (source.decimal !== undefined) plan.decimal = source.decimal;
  if (source.hashed === true && kind === 'hashed') plan.hashed = true;
  if (source.part !== undefined && namePartFields.has(path) && plan.hashed !== true) plan.part = source.part;
  hintIssues(path, plan, source, issues);
  if (input.kind === 'constant') checkConstant(plan, input.value, issues);
  return plan;
}

function idSourceOf(fields: readonly FieldPlan[]): IdSource {
  const has = (path: string) => fields.some((f) => f.path === path && f.input.kind === 'columns');
  if (has('event_id')) return 'column';
  return has('custom_data.order_id') ? 'order' : 'content';
}

function columnIndexes(fields: readonly FieldPlan[], filter: (f: FieldPlan) => boolean): number[] {
  const set = new Set<number>();
  for (const f of fields) if (f.input.kind === 'columns' && filter(f)) for (const c of f.input.columns) set.add(c.index);
  return [...set].sort((a, b) => a - b);
}

function mergePlan(mapping: Mapping, fields: readonly FieldPlan[], issues: MappingIssue[]): FieldPlan | undefined {
  const by = mapping.options.mergeRowsBy;
  if (by === undefined || by === '') return undefined;
  const plan = fields.find((f) => f.path === by);
  if (!plan || plan.input.kind !== 'columns' || plan.path.startsWith(contentsPrefix)) {
    issues.push({ field: by, severity: 'error', message: `Merging line items needs "${fieldLabel(by)}" mapped to a column of the file.` });
    return undefined;
  }
  return plan;
}

/** Checks a mapping against a file's header and turns it into a plan (or says what is wrong). */
export function compileMapping(mapping: Mapping, columns: readonly string[]): CompileResult {
  const issues: MappingIssue[] = [];
  const fields: FieldPlan[] = [];
  const entries = Object.entries(mapping.fields).sort(([a], [b]) => rank(a) - rank(b));
  for (const [path, source] of entries) {
    const plan = planField(path, source, columns, issues);
    if (plan) fields.push({ ...plan, slot: fields.length });
  }
  checkRequired(mapping, fields, issues);
  const mergeBy = mergePlan(mapping, fields, issues);
  if (issues.some((i) => i.severity === 'error')) return { issues };
  const plan: CompiledPlan = {
    fields,
    eventFields: fields.filter((f) => !f.path.startsWith(contentsPrefix)),
    itemFields: fields.filter((f) => f.path.startsWith(contentsPrefix)),
    columns: [...columns],
    usedColumns: columnIndexes(fields, () => true),
    identityColumns: columnIndexes(fields, (f) => f.path.startsWith('user_data.')),
    idSource: idSourceOf(fields),
  };
  if (mergeBy) plan.mergeBy = mergeBy;
  const country = fields.find((f) => f.path === 'user_data.country' && f.input.kind === 'columns');
  if (country) plan.countryField = country;
  const { timezone, defaultCountry, maxEventAgeDays } = mapping.options;
  if (timezone) plan.timezone = timezone;
  if (defaultCountry) plan.defaultCountry = defaultCountry.toUpperCase();
  if (maxEventAgeDays !== undefined) plan.maxEventAgeDays = maxEventAgeDays;
  return { plan, issues };
}

function targetOf(path: string): Pick<FieldPlan, 'target' | 'key'> {
  if (path.startsWith(contentsPrefix)) return { target: 'item', key: path.slice(contentsPrefix.length) };
  if (path.startsWith('user_data.')) return { target: 'user', key: path.slice(10) };
  if (path.startsWith('custom_data.')) return { target: 'custom', key: path.slice(12) };
  return { target: 'top', key: path };
}

function rank(path: string): number {
  const index = canonicalOrder.indexOf(path);
  return index < 0 ? canonicalOrder.length : index;
}
