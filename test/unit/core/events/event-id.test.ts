import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { nodeHasher } from '../../../../electron/app/adapters/node-hasher';
import { canonicalJson } from '../../../../electron/core/events/canonical-json';
import { deriveEventId } from '../../../../electron/core/events/event-id';

describe('deriveEventId', () => {
  it('follows the documented recipe', () => {
    const expected = nodeHasher('cu1|order|checkout|#1001').slice(0, 32);
    expect(deriveEventId({ eventName: 'checkout', orderId: '#1001', content: { a: 1 } }, nodeHasher)).toBe(`cu1o-${expected}`);
    const content = { event_name: 'lead', user_data: { em: ['x'] } };
    expect(deriveEventId({ eventName: 'lead', content }, nodeHasher)).toBe(`cu1c-${nodeHasher(`cu1|content|${canonicalJson(content)}`).slice(0, 32)}`);
  });

  test.prop([fc.string(), fc.string({ minLength: 1 }), fc.string({ minLength: 1 })])('is stable, and distinct orders get distinct ids', (name, a, b) => {
    const idA = deriveEventId({ eventName: name, orderId: a, content: {} }, nodeHasher);
    expect(deriveEventId({ eventName: name, orderId: a, content: { other: 1 } }, nodeHasher)).toBe(idA);
    if (a !== b) expect(deriveEventId({ eventName: name, orderId: b, content: {} }, nodeHasher)).not.toBe(idA);
  });

  test.prop([fc.dictionary(fc.string(), fc.jsonValue())])('content ids do not depend on key order (row position is never part of them)', (record) => {
    const reversed = Object.fromEntries(Object.entries(record).reverse());
    expect(deriveEventId({ eventName: 'x', content: reversed }, nodeHasher)).toBe(deriveEventId({ eventName: 'x', content: record }, nodeHasher));
  });
});
