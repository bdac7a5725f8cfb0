// Validates an events request body against the vendored OpenAPI schema (ConversionEvents).
// The JSON is imported so the bundle carries it; nothing is read from disk at run time.
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import spec from '../../vendor/pinterest-openapi/capi-subset.json';
import { bestSchemaMessage } from './schema-messages';

type JsonObject = Record<string, unknown>;

function asObject(value: unknown, what: string): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`capi-subset.json: ${what} missing`);
  return value as JsonObject;
}

/**
 * The ConversionEvents schema with `user_data` made the open object OpenAPI 3.0 tools see:
 * the spec writes the em / hashed_maids / ip+ua rule as `required` siblings of `$ref`s, which
 * those tools ignore, so the rule is checked per event instead (see event-rules.ts).
 */
export function conversionEventsSchema(): JsonObject {
  const paths = asObject((spec as JsonObject).paths, 'paths');
  const post = asObject(asObject(paths['/ad_accounts/{ad_account_id}/events'], 'events path').post, 'events post');
  const content = asObject(asObject(post.requestBody, 'requestBody').content, 'content');
  const body = structuredClone(asObject(asObject(content['application/json'], 'json').schema, 'schema'));
  const data = asObject(asObject(body.properties, 'properties').data, 'data');
  const eventProps = asObject(asObject(data.items, 'items').properties, 'event properties');
  const userData = asObject(eventProps.user_data, 'user_data');
  const branches = userData.anyOf as JsonObject[] | undefined;
  const open = asObject(branches?.[0], 'user_data branch');
  eventProps.user_data = { type: 'object', description: userData.description, properties: open.properties };
  return body;
}

/** Path parameter schema of `ad_account_id` (string, digits, at most 18). */
export const adAccountIdSchema = { type: 'string', maxLength: 18, pattern: '^\\d+$' } as const;

function createAjv(): Ajv {
  return new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    formats: { int64: true, int32: true },
    keywords: ['example', 'x-ref-name'],
  });
}

let compiled: { body: ValidateFunction; id: ValidateFunction } | undefined;

function validators(): { body: ValidateFunction; id: ValidateFunction } {
  if (!compiled) {
    const ajv = createAjv();
    compiled = { body: ajv.compile(conversionEventsSchema()), id: ajv.compile(adAccountIdSchema) };
  }
  return compiled;
}

/** Schema check of a parsed body: null when valid, else jsonschema's message for it. */
export function validateEventsBody(body: unknown): string | null {
  const validate = validators().body;
  return validate(body) ? null : bestSchemaMessage(validate.errors);
}

/** Schema check of the path id: null when valid, else the message. */
export function validateAdAccountId(id: string): string | null {
  const validate = validators().id;
  return validate(id) ? null : bestSchemaMessage(validate.errors);
}
