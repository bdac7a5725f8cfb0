import { shortName } from './field-kinds';
import { hashNormalized, isSha256Hex, normalizeIdentity } from './deps';
import type { BuildContext, CompiledPlan, FieldPlan, RowCells } from './plan';
import { namePart } from '../normalize/full-name';

/** One identity value explained for the preview: raw → normalized → hashed. */
export interface IdentityTrace {
  field: string;
  column?: string;
  raw: string;
  normalized?: string;
  hashed?: string;
  note?: string;
}

function traceCell(field: FieldPlan, raw: string, country: string | undefined, ctx: BuildContext): Omit<IdentityTrace, 'field' | 'column'> {
  const path = field.path;
  if (field.hashed === true) {
    const text = raw.trim();
    return isSha256Hex(text) ? { raw, hashed: text.toLowerCase(), note: 'Already hashed in the file: sent as is.' } : { raw, note: 'Marked as already hashed, but this is not a SHA-256 value: left out.' };
  }
  const part = field.part ? namePart(raw, field.part) : raw;
  if (part === '') return { raw, note: `This full name has no ${field.part ?? ''} name: left out.` };
  const result = normalizeIdentity(shortName(path), part, { defaultCountry: country });
  switch (result.kind) {
    case 'empty':
      return { raw, note: 'Empty after cleaning: left out.' };
    case 'prehashed':
      return { raw, hashed: result.value, note: 'Looks already hashed (SHA-256): sent as is.' };
    case 'invalid':
      return { raw, note: `${result.message} Left out.` };
    case 'value': {
      const trace = { raw, normalized: result.value, hashed: hashNormalized(result.value, ctx.hasher) };
      return result.warning ? { ...trace, note: result.warning } : trace;
    }
  }
}

/**
 * How each identity cell of a row becomes what is sent, for the preview the user asked for
 * (the only place raw values go). The row's country, when mapped, sets phone/state/zip rules.
 */
export function traceIdentity(plan: CompiledPlan, row: RowCells, ctx: BuildContext): IdentityTrace[] {
  const traces: IdentityTrace[] = [];
  const countryIndex = plan.countryField?.input.kind === 'columns' ? plan.countryField.input.columns[0]?.index : undefined;
  const rowCountry = countryIndex === undefined ? undefined : (row.cells[countryIndex] ?? '').trim();
  const country = rowCountry && /^[A-Za-z]{2}$/.test(rowCountry) ? rowCountry.toUpperCase() : (plan.defaultCountry ?? ctx.defaultCountry);
  for (const field of plan.eventFields) {
    if (field.kind !== 'hashed' || field.input.kind !== 'columns') continue;
    for (const column of field.input.columns) {
      const raw = row.cells[column.index] ?? '';
      if (raw.trim() === '') continue;
      traces.push({ field: field.path, column: column.name, ...traceCell(field, raw, country, ctx) });
    }
  }
  return traces;
}
