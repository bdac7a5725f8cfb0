import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileZodCheck } from '../../../../electron/core/mapping/compiled-check';
import { pinterestEventSchema } from '../../../../electron/core/schema/event-schema';

const hash = 'a'.repeat(64);
const good = {
  event_name: 'checkout', action_source: 'offline', event_time: 1737280800, event_id: 'cu1o-1',
  user_data: { em: [hash], ph: [hash], client_ip_address: '203.0.113.9' },
  custom_data: { currency: 'EUR', value: '44.90', order_id: '#1001', num_items: 3, contents: [{ id: 'S1', quantity: 1, item_price: '20.00' }] },
};
const check = compileZodCheck(pinterestEventSchema);
const zodSays = (v: unknown) => pinterestEventSchema.safeParse(v).success;

// Mutations that break (or keep) events in the ways a pipeline bug could.
const replacement = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}),
  fc.constant([hash]), fc.constant(['ABC']), fc.constant('offline'), fc.constant('EUR'), fc.constant('12.5'), fc.constant(-1), fc.constant(1.5),
);
const paths = fc.constantFrom(
  ['event_name'], ['action_source'], ['event_time'], ['event_id'], ['user_data'], ['user_data', 'em'], ['user_data', 'ph'], ['user_data', 'zz'],
  ['user_data', 'client_ip_address'], ['user_data', 'client_user_agent'], ['custom_data'], ['custom_data', 'value'], ['custom_data', 'currency'],
  ['custom_data', 'num_items'], ['custom_data', 'contents'], ['custom_data', 'category_name'], ['language'], ['opt_out'], ['extra'], ['wifi'],
);

function mutate(path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(good) as Record<string, unknown>;
  let place = copy;
  for (const key of path.slice(0, -1)) place = (place[key] ?? (place[key] = {})) as Record<string, unknown>;
  place[path.at(-1) as string] = value;
  return copy;
}

/** The good event with each (path, value) edit applied in turn, creating objects on the way. */
function applyEdits(edits: ReadonlyArray<readonly [readonly string[], unknown]>): unknown {
  let event: unknown = good;
  for (const [path, value] of edits) {
    const base = structuredClone(event) as Record<string, unknown>;
    let place = base;
    for (const key of path.slice(0, -1)) place = (typeof place[key] === 'object' && place[key] !== null ? place[key] : (place[key] = {})) as Record<string, unknown>;
    place[path.at(-1) as string] = value;
    event = base;
  }
  return event;
}

describe('compileZodCheck', () => {
  it('accepts a valid event and refuses an unknown key, as the schema does', () => {
    expect(check(good)).toBe(true);
    expect(check(mutate(['custom_data', 'category_name'], 'x'))).toBe(false);
    expect(check(mutate(['user_data', 'em'], undefined))).toBe(false); // the refinement: no em, no maids, no IP + UA
  });

  test.prop([fc.array(fc.tuple(paths, replacement), { minLength: 1, maxLength: 3 })], { numRuns: 2000 })('decides exactly like zod', (edits) => {
    const event = applyEdits(edits);
    expect(check(event)).toBe(zodSays(event));
  });

  test.prop([fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-fA-F]{63,65}$/), fc.stringMatching(/^[0-9a-f]{64}$/), fc.integer())])('its SHA-256 fast path agrees with the pattern', (value) => {
    const event = { ...good, user_data: { em: [value] } };
    expect(check(event)).toBe(zodSays(event));
  });

  test.prop([fc.array(fc.tuple(paths, replacement), { minLength: 1, maxLength: 3 })], { numRuns: 1000 })('with hashes checked at the source, still decides like zod on everything else', (edits) => {
    const trusting = compileZodCheck(pinterestEventSchema, { hashesCheckedAtSource: true });
    const event = applyEdits(edits);
    expect(trusting(event)).toBe(zodSays(event));
  });

  it('with hashes checked at the source, checks their type, count and length but not their characters', () => {
    const trusting = compileZodCheck(pinterestEventSchema, { hashesCheckedAtSource: true });
    const withEm = (em: unknown) => ({ ...good, user_data: { em } });
    expect(trusting(withEm([hash]))).toBe(true);
    expect(trusting(withEm([]))).toBe(false);
    expect(trusting(withEm(['a'.repeat(63)]))).toBe(false);
    expect(trusting(withEm([64]))).toBe(false);
    expect(trusting(withEm(['Z'.repeat(64)]))).toBe(true); // the one difference: no hasher that passes the SHA-256 vectors makes this
    expect(check(withEm(['Z'.repeat(64)]))).toBe(false);
  });

  it('delegates constructs it does not know to zod', () => {
    const schema = z.object({ at: z.iso.datetime(), n: z.number().multipleOf(5) });
    const fast = compileZodCheck(schema);
    expect(fast({ at: '2025-01-01T00:00:00Z', n: 10 })).toBe(true);
    expect(fast({ at: 'yesterday', n: 10 })).toBe(false);
    expect(fast({ at: '2025-01-01T00:00:00Z', n: 7 })).toBe(false);
  });
});
