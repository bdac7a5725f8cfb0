// Turns ajv errors into the one message Python's jsonschema would print, because Pinterest
// answers request-shape failures with that text ("Invalid request: Additional properties are
// not allowed ('category_name' was unexpected)").
import type { ErrorObject } from 'ajv';
import { pyRepr } from './py-repr';

function depth(error: ErrorObject): number {
  return error.instancePath === '' ? 0 : error.instancePath.split('/').length - 1;
}

// jsonschema's best_match prefers the shallowest error; among equals we keep the order in which
// the spec's objects list their keywords (type, additionalProperties, required, then the rest).
const keywordRank: Record<string, number> = { type: 0, additionalProperties: 1, required: 2 };

function rank(error: ErrorObject): number {
  return keywordRank[error.keyword] ?? 3;
}

function declaredType(error: ErrorObject): string {
  const type = (error.params as { type?: unknown }).type;
  const first = String(type ?? 'object').split(',')[0] ?? 'object';
  return first === 'number' ? 'number' : first;
}

function extrasMessage(errors: ErrorObject[], chosen: ErrorObject): string {
  const extras = errors
    .filter((e) => e.keyword === 'additionalProperties' && e.instancePath === chosen.instancePath)
    .map((e) => String((e.params as { additionalProperty: string }).additionalProperty));
  const unique = [...new Set(extras)];
  const verb = unique.length === 1 ? 'was' : 'were';
  return `Additional properties are not allowed (${unique.map((x) => pyRepr(x)).join(', ')} ${verb} unexpected)`;
}

/** Python-jsonschema wording for one ajv error (ajv must run with `verbose: true`). */
export function formatSchemaError(error: ErrorObject, all: ErrorObject[] = [error]): string {
  const params = error.params as Record<string, unknown>;
  const data = pyRepr(error.data);
  switch (error.keyword) {
    case 'additionalProperties':
      return extrasMessage(all, error);
    case 'required':
      return `${pyRepr(params.missingProperty)} is a required property`;
    case 'type':
      return `${data} is not of type ${pyRepr(declaredType(error))}`;
    case 'maxItems':
    case 'maxLength':
      return `${data} is too long`;
    case 'minItems':
    case 'minLength':
      return `${data} is too short`;
    case 'minimum':
      return `${data} is less than the minimum of ${pyRepr(params.limit)}`;
    case 'maximum':
      return `${data} is greater than the maximum of ${pyRepr(params.limit)}`;
    case 'pattern':
      return `${data} does not match ${pyRepr(params.pattern)}`;
    case 'enum':
      return `${data} is not one of ${pyRepr(params.allowedValues)}`;
    case 'anyOf':
      return `${data} is not valid under any of the given schemas`;
    default:
      return `${data} is not valid (${error.keyword})`;
  }
}

/** The error jsonschema's best_match would report, formatted; null when there is none. */
export function bestSchemaMessage(errors: readonly ErrorObject[] | null | undefined): string | null {
  if (!errors || errors.length === 0) return null;
  const list = [...errors];
  let best = list[0] as ErrorObject;
  for (const error of list) {
    if (depth(error) < depth(best) || (depth(error) === depth(best) && rank(error) < rank(best))) best = error;
  }
  return formatSchemaError(best, list);
}
