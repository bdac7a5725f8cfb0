import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_CATALOG, fieldByPath, identityFieldOf, satisfiesMatchKeyRule } from '../../../../electron/core/schema/field-catalog';
import type { FieldSpec } from '../../../../electron/core/schema/field-catalog';
import { IDENTITY_FIELDS } from '../../../../electron/core/normalize/outcome';

// The catalog must list exactly the leaf properties of the vendored OpenAPI event schema.
interface JsonSchema {
  description?: string; type?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; required?: string[];
  enum?: string[]; maxLength?: number; minimum?: number; maximum?: number; maxItems?: number;
}
const spec = JSON.parse(readFileSync(join(__dirname, '../../../../vendor/pinterest-openapi/capi-subset.json'), 'utf8'));
const eventSchema: JsonSchema = spec.paths['/ad_accounts/{ad_account_id}/events'].post.requestBody.content['application/json'].schema.properties.data.items;

function leaves(schema: JsonSchema, prefix: string, out: Map<string, JsonSchema>): Map<string, JsonSchema> {
  const variants = schema.anyOf ?? [schema];
  for (const v of variants) {
    for (const [key, prop] of Object.entries(v.properties ?? {})) {
      const path = prefix + key;
      if (prop.type === 'object' || prop.anyOf) leaves(prop, `${path}.`, out);
      else if (prop.type === 'array' && prop.items?.type === 'object') leaves(prop.items, `${path}.`, out);
      else out.set(path, prop);
    }
  }
  return out;
}
const specLeaves = leaves(eventSchema, '', new Map());

function jsonTypeOf(f: FieldSpec): string {
  switch (f.type) {
    case 'string': case 'decimal-string': return 'string';
    case 'integer': case 'time': return 'integer';
    case 'boolean': return 'boolean';
    case 'string-array': return 'array';
  }
}

describe('field catalog vs vendored OpenAPI (5.23.0)', () => {
  it('covers every event property of the spec, and nothing that is not there', () => {
    const catalog = FIELD_CATALOG.map((f) => f.path).sort();
    expect(catalog).toEqual([...specLeaves.keys()].sort());
    expect(new Set(catalog).size).toBe(catalog.length);
    expect(specLeaves.size).toBeGreaterThan(80);
  });
  it('declares the same JSON type, enum and limits as the spec', () => {
    for (const f of FIELD_CATALOG) {
      const s = specLeaves.get(f.path)!;
      expect({ path: f.path, type: jsonTypeOf(f) }).toEqual({ path: f.path, type: s.type });
      // action_source lost its enum in 5.9.0 (values now in prose): check the prose instead.
      const specEnum = s.enum ?? (f.path === 'action_source' ? f.enumValues?.filter((v) => s.description?.includes(`\`${v}\``)) : undefined);
      expect({ path: f.path, enum: f.enumValues }).toEqual({ path: f.path, enum: specEnum });
      expect({ path: f.path, limits: [f.maxLength, f.minimum, f.maximum, f.maxItems] }).toEqual({ path: f.path, limits: [s.maxLength, s.minimum, s.maximum, s.maxItems] });
    }
  });
  it('marks the spec-required top-level fields required and the spec-hashed user_data fields hashed', () => {
    for (const name of eventSchema.required ?? []) if (name !== 'user_data') expect(fieldByPath(name)?.required).toBe(true);
    for (const f of FIELD_CATALOG.filter((x) => x.path.startsWith('user_data.'))) {
      const isHashed = specLeaves.get(f.path)!.type === 'array';
      expect({ path: f.path, hashed: f.hashed, multi: f.multi }).toEqual({ path: f.path, hashed: isHashed, multi: isHashed });
    }
  });
  it('maps every hashed field to its normalizer, and every normalizer to a field', () => {
    const identities = FIELD_CATALOG.filter((f) => f.hashed).map((f) => f.identity).sort();
    expect(identities).toEqual([...IDENTITY_FIELDS].sort());
    expect(identityFieldOf('user_data.em')).toBe('em');
    expect(identityFieldOf('user_data.client_ip_address')).toBeUndefined();
  });
  it('gives every field a label and marketer help text', () => {
    for (const f of FIELD_CATALOG) {
      expect(f.label.length).toBeGreaterThan(2);
      expect(f.help).toMatch(/^[A-Z"].{10,}\.$/);
    }
  });
  it('recommends the spec-recommended match keys', () => {
    for (const p of ['em', 'ph', 'fn', 'ln', 'hashed_maids', 'click_id', 'client_ip_address', 'client_user_agent', 'external_id']) {
      expect(fieldByPath(`user_data.${p}`)?.recommended).toBe(true);
    }
    expect(fieldByPath('custom_data.order_id')?.recommended).toBe(true);
  });
  it('implements the user_data anyOf rule (email, mobile ad id, or IP + user agent)', () => {
    expect(satisfiesMatchKeyRule(new Set(['user_data.em']))).toBe(true);
    expect(satisfiesMatchKeyRule(new Set(['user_data.hashed_maids']))).toBe(true);
    expect(satisfiesMatchKeyRule(new Set(['user_data.client_ip_address']))).toBe(false);
    expect(satisfiesMatchKeyRule(new Set(['user_data.client_ip_address', 'user_data.client_user_agent']))).toBe(true);
    expect(satisfiesMatchKeyRule(new Set(['user_data.ph', 'user_data.fn']))).toBe(false);
  });
});
