import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { nodeHasher } from '../../../../electron/app/adapters/node-hasher';
import { buildEvent } from '../../../../electron/core/mapping/build-event';
import { compileMapping } from '../../../../electron/core/mapping/compile-mapping';
import { mappingSchema } from '../../../../electron/shared/mapping';

// PRIV-01: whatever a user's identity cells hold, no raw value reaches the event that is sent.
const columns = ['email', 'phone', 'first', 'last', 'city', 'zip', 'customer', 'when'];
const { plan } = compileMapping(mappingSchema.parse({
  version: 1,
  fields: {
    event_name: { value: 'checkout' }, action_source: { value: 'offline' }, event_time: { column: 'when' },
    'user_data.em': { column: 'email' }, 'user_data.ph': { column: 'phone' }, 'user_data.fn': { column: 'first' },
    'user_data.ln': { column: 'last' }, 'user_data.ct': { column: 'city' }, 'user_data.zp': { column: 'zip' },
    'user_data.external_id': { column: 'customer' }, 'custom_data.order_id': { value: 'fixed-order' },
  },
  options: { defaultCountry: 'DE' },
}), columns);
const ctx = { hasher: nodeHasher, now: Date.UTC(2025, 0, 20, 12), timezone: 'UTC', maxEventAgeDays: 7 };
const canary = fc.uuid().map((u) => `canary${u.replace(/-/g, '')}`);

describe('events never carry raw identity values', () => {
  test.prop([canary, fc.string({ minLength: 6 }), fc.string({ minLength: 6 }), fc.stringMatching(/^\+49 30 \d{7}$/)], { numRuns: 300 })(
    'only hashes of the canaries are in the event JSON',
    (id, first, last, phone) => {
      const cells = [`${id}@example.com`, phone, `${first}${id}`, `${last}${id}`, `City${id}`, `Z${id}`, id, '2025-01-19T10:00:00Z'];
      const built = buildEvent(plan!, { index: 0, line: 2, cells }, ctx);
      expect(built.event).toBeDefined();
      const json = JSON.stringify(built.event).toLowerCase();
      expect(json).not.toContain(id.toLowerCase());
      expect(json).not.toContain(phone.replace(/\D/g, '').slice(2));
      for (const values of Object.values(built.event?.user_data ?? {})) for (const v of values as string[]) expect(v).toMatch(/^[0-9a-f]{64}$/);
    },
  );
});
