import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  adAccountPageSchema,
  adAccountSchema,
  conversionApiResponseSchema,
  detailedErrorSchema,
  errorBodySchema,
  eventVerdictSchema,
  oauthRefreshResponseSchema,
  oauthTokenResponseSchema,
} from '../../../../electron/app/pinterest/api-schemas';

// Keeps the zod schemas in step with the vendored OpenAPI extract: every key the spec requires is
// required by our schema, and every key we read exists in the spec (no invented fields).
const spec: unknown = JSON.parse(readFileSync(join(__dirname, '../../../../vendor/pinterest-openapi/capi-subset.json'), 'utf8'));

type Node = Record<string, unknown>;
function findByRefName(node: unknown, name: string): Node | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if ((node as Node)['x-ref-name'] === name) return node as Node;
  for (const value of Object.values(node as Node)) {
    const hit = findByRefName(value, name);
    if (hit) return hit;
  }
  return undefined;
}

function flatten(node: Node): { required: Set<string>; properties: Set<string> } {
  const required = new Set<string>((node.required as string[] | undefined) ?? []);
  const properties = new Set<string>(Object.keys((node.properties as Node | undefined) ?? {}));
  for (const part of (node.allOf as Node[] | undefined) ?? []) {
    const inner = flatten(part);
    inner.required.forEach((k) => required.add(k));
    inner.properties.forEach((k) => properties.add(k));
  }
  return { required, properties };
}

const extraSchemas = (spec as { extraSchemas: Record<string, Node> }).extraSchemas;
const cases: [string, Node | undefined, z.ZodObject, string[]][] = [
  ['ConversionApiResponse', findByRefName(spec, 'ConversionApiResponse'), conversionApiResponseSchema, []],
  ['Error', findByRefName(spec, 'Error'), errorBodySchema, ['message_detail']],
  ['DetailedError', findByRefName(spec, 'DetailedError'), detailedErrorSchema, ['message_detail']],
  ['AdAccount', findByRefName(spec, 'AdAccount'), adAccountSchema, []],
  ['OauthAccessTokenResponseCode', extraSchemas.OauthAccessTokenResponseCode, oauthTokenResponseSchema, []],
  ['OauthAccessTokenResponseRefresh', extraSchemas.OauthAccessTokenResponseRefresh, oauthRefreshResponseSchema, []],
];

describe('zod schemas follow the vendored OpenAPI', () => {
  it.each(cases)('%s', (_name, node, schema, documentedExtras) => {
    expect(node).toBeDefined();
    const { required, properties } = flatten(node!);
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const key of required) {
      // refresh_token_expires_at: tolerated when absent (we compute it from _in); token_type: the spec defaults it.
      if (key === 'refresh_token_expires_at' || key === 'token_type') continue;
      expect(Object.keys(shape), `${key} is required by the spec`).toContain(key);
      expect(shape[key]!.safeParse(undefined).success, `${key} must not be optional`).toBe(false);
    }
    for (const key of Object.keys(shape)) {
      if (documentedExtras.includes(key)) continue;
      expect([...properties], `${key} is not in the spec`).toContain(key);
    }
  });

  it('event verdict keys exist in the spec', () => {
    const response = findByRefName(spec, 'ConversionApiResponse')!;
    const items = ((response.properties as Node).events as Node).items as Node;
    expect(Object.keys(items.properties as Node).sort()).toEqual(Object.keys(eventVerdictSchema.shape).sort());
  });

  it('the paginated list keeps items required and bookmark optional', () => {
    expect(adAccountPageSchema.safeParse({ items: [] }).success).toBe(true);
    expect(adAccountPageSchema.safeParse({ bookmark: null }).success).toBe(false);
  });

  it('token responses default token_type and accept a rotated refresh token', () => {
    const parsed = oauthRefreshResponseSchema.parse({
      access_token: 'a', expires_in: 10, scope: 'ads:read', refresh_token: 'r', refresh_token_expires_in: 5, refresh_token_expires_at: 1,
    });
    expect(parsed.token_type).toBe('bearer');
    expect(oauthRefreshResponseSchema.safeParse({ access_token: 'a', expires_in: 10, scope: 'x' }).success).toBe(false);
  });
});
