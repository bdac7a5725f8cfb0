import { describe, expect, it } from 'vitest';
import { nodeHasher } from '../../../../electron/app/adapters/node-hasher';
import { conversionEventsBodySchema, pinterestEventSchema } from '../../../../electron/core/schema/event-schema';
import { EVENT_NAMES, parseEventName, SPEC_EVENT_NAMES } from '../../../../electron/core/schema/event-names';
import { FIELD_CATALOG } from '../../../../electron/core/schema/field-catalog';
import type { FieldSpec } from '../../../../electron/core/schema/field-catalog';

const h = nodeHasher('anna@example.de');
const minimal = {
  event_name: 'checkout', action_source: 'offline', event_time: 1733300000, event_id: 'A-1001',
  user_data: { em: [h] }, custom_data: { currency: 'USD', value: '72.39', order_id: 'A-1001', num_items: 2 },
};

function sample(f: FieldSpec): unknown {
  if (f.enumValues) return f.enumValues[0];
  switch (f.type) {
    case 'string': return f.path.endsWith('language') ? 'en' : f.path.endsWith('currency') ? 'EUR' : 'x';
    case 'decimal-string': return '12.50';
    case 'integer': case 'time': return 1;
    case 'boolean': return true;
    case 'string-array': return f.hashed ? [h] : ['x'];
  }
}

function setPath(target: Record<string, unknown>, path: string, v: unknown): void {
  const parts = path.split('.');
  let o = target;
  for (const [i, p] of parts.slice(0, -1).entries()) {
    if (p === 'contents' && parts[i - 1] === 'custom_data') {
      o.contents ??= [{}];
      o = (o.contents as Record<string, unknown>[])[0]!;
    } else {
      o[p] ??= {};
      o = o[p] as Record<string, unknown>;
    }
  }
  o[parts.at(-1)!] = v;
}

describe('outbound event schema (self-check before sending)', () => {
  it('accepts the minimal offline event of PINTEREST-NOTES §2.6', () => {
    expect(pinterestEventSchema.safeParse(minimal).success).toBe(true);
    expect(conversionEventsBodySchema.safeParse({ data: [minimal] }).success).toBe(true);
  });
  it('accepts an event with every catalog field set (catalog and schema agree)', () => {
    const event: Record<string, unknown> = structuredClone(minimal);
    for (const f of FIELD_CATALOG) setPath(event, f.path, sample(f));
    const r = pinterestEventSchema.safeParse(event);
    expect(r.error?.issues ?? []).toEqual([]);
  });
  it.each([
    ['an unknown custom_data key (Pinterest 400s the whole batch)', { ...minimal, custom_data: { category_name: 'x' } }],
    ['an unknown top-level key', { ...minimal, extra: 1 }],
    ['an unknown user_data key', { ...minimal, user_data: { em: [h], email: ['anna@example.de'] } }],
    ['a raw email instead of a hash', { ...minimal, user_data: { em: ['anna@example.de'] } }],
    ['an uppercase hash', { ...minimal, user_data: { em: [h.toUpperCase()] } }],
    ['an empty hash array', { ...minimal, user_data: { em: [] } }],
    ['no match key (only a phone)', { ...minimal, user_data: { ph: [h] } }],
    ['IP without user agent', { ...minimal, user_data: { client_ip_address: '1.2.3.4' } }],
    ['value as a number', { ...minimal, custom_data: { value: 72.39 } }],
    ['value with a comma', { ...minimal, custom_data: { value: '72,39' } }],
    ['num_items as a string', { ...minimal, custom_data: { num_items: '2' } }],
    ['a fractional quantity', { ...minimal, custom_data: { contents: [{ quantity: 1.5 }] } }],
    ['event_time in milliseconds as a float', { ...minimal, event_time: 1733300000.5 }],
    ['an unknown action_source', { ...minimal, action_source: 'store' }],
    ['null instead of absent', { ...minimal, custom_data: { value: null } }],
    ['a lowercase currency', { ...minimal, custom_data: { currency: 'usd' } }],
  ])('rejects %s', (_why, event) => {
    expect(pinterestEventSchema.safeParse(event).success).toBe(false);
  });
  it('caps a body at 1000 events', () => {
    expect(conversionEventsBodySchema.safeParse({ data: [] }).success).toBe(false);
    expect(conversionEventsBodySchema.safeParse({ data: Array(1001).fill(minimal) }).success).toBe(false);
    expect(conversionEventsBodySchema.safeParse({ data: Array(1000).fill(minimal) }).success).toBe(true);
  });
});

describe('event names', () => {
  it('offers the union of spec and developer-guide names', () => {
    expect(EVENT_NAMES).toEqual(expect.arrayContaining([...SPEC_EVENT_NAMES, 'start_trial', 'contact']));
    expect(EVENT_NAMES).toHaveLength(22);
  });
  it.each([
    ['checkout', 'checkout', undefined], ['Add To Cart', 'add_to_cart', undefined], ['AddToCart', 'add_to_cart', undefined],
    ['Purchase', 'checkout', 'event_name_mapped'], ['my-custom_event', 'my-custom_event', 'event_name_custom'],
  ] as const)('%j → %j', (raw, value, warning) => {
    const r = parseEventName(raw);
    expect(r).toMatchObject({ kind: 'value', value });
    expect(r.kind === 'value' ? r.warning?.code : 'x').toBe(warning);
  });
  it('rejects names Pinterest cannot take', () => {
    expect(parseEventName('')).toMatchObject({ kind: 'invalid', code: 'event_name_empty' });
    expect(parseEventName('bought!')).toMatchObject({ kind: 'invalid', code: 'event_name_invalid' });
  });
});
