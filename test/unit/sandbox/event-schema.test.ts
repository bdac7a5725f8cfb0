import { describe, expect, it } from 'vitest';
import { conversionEventsSchema, validateAdAccountId, validateEventsBody } from '../../../electron/sandbox/event-schema';
import { pyRepr } from '../../../electron/sandbox/py-repr';

const hash = '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f';
function event(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { event_name: 'checkout', action_source: 'offline', event_time: 1_700_000_000, event_id: 'e1', user_data: { em: [hash] }, ...extra };
}

describe('events body schema (vendored OpenAPI)', () => {
  it('accepts a minimal offline event and the nullable fields as null', () => {
    expect(validateEventsBody({ data: [event()] })).toBeNull();
    const nulls = { currency: null, value: null, order_id: null, content_name: null };
    expect(validateEventsBody({ data: [event({ custom_data: nulls, partner_name: null, event_source_url: null })] })).toBeNull();
  });

  it("words an unknown custom_data key as Pinterest's observed message", () => {
    const body = { data: [event({ custom_data: { value: '1.00', category_name: 'shoes' } })] };
    expect(validateEventsBody(body)).toBe("Additional properties are not allowed ('category_name' was unexpected)");
  });

  it('lists several unexpected keys with "were"', () => {
    expect(validateEventsBody({ data: [event()], extra: 1, more: 2 })).toBe(
      "Additional properties are not allowed ('extra', 'more' were unexpected)",
    );
  });

  it('keeps every closed object closed: event, contents[], app_info, device_info', () => {
    expect(validateEventsBody({ data: [event({ foo: 1 })] })).toContain("'foo' was unexpected");
    expect(validateEventsBody({ data: [event({ custom_data: { contents: [{ id: '1', sku: 'x' }] } })] })).toContain("'sku' was unexpected");
    expect(validateEventsBody({ data: [event({ app_info: { bogus: 1 } })] })).toContain("'bogus' was unexpected");
    expect(validateEventsBody({ data: [event({ device_info: { bogus: 1 } })] })).toContain("'bogus' was unexpected");
  });

  it('leaves user_data open, as the spec does', () => {
    expect(validateEventsBody({ data: [event({ user_data: { em: [hash], unknown_key: 'x' } })] })).toBeNull();
  });

  it('does not enforce the em / maids / ip+ua rule in the schema (it is a per-event rule)', () => {
    expect(validateEventsBody({ data: [event({ user_data: { ph: [hash] } })] })).toBeNull();
  });

  it('reports missing required fields and wrong types in jsonschema words', () => {
    const { event_id: _drop, ...noId } = event();
    expect(validateEventsBody({ data: [noId] })).toBe("'event_id' is a required property");
    expect(validateEventsBody({ data: [event({ event_time: '1700000000' })] })).toBe("'1700000000' is not of type 'integer'");
    expect(validateEventsBody({ data: [event({ custom_data: { value: 72.39 } })] })).toBe("72.39 is not of type 'string'");
    expect(validateEventsBody({ data: [event({ custom_data: { num_items: '2' } })] })).toBe("'2' is not of type 'integer'");
    expect(validateEventsBody({ data: [event({ user_data: { em: hash } })] })).toBe(`'${hash}' is not of type 'array'`);
    expect(validateEventsBody({})).toBe("'data' is a required property");
    expect(validateEventsBody([])).toBe("[] is not of type 'object'");
  });

  it('enforces minItems 1 and maxItems 1000', () => {
    expect(validateEventsBody({ data: [] })).toBe('[] is too short');
    expect(validateEventsBody({ data: Array.from({ length: 1000 }, () => event()) })).toBeNull();
    const tooMany = validateEventsBody({ data: Array.from({ length: 1001 }, () => event()) });
    expect(tooMany).toMatch(/^\[\{'event_name': 'checkout'.*\.\.\. is too long$/);
    expect(tooMany!.length).toBeLessThan(260);
  });

  it('reports the shallowest error first, like jsonschema best_match', () => {
    const body = { data: [event({ custom_data: { value: 1 } })], extra: true };
    expect(validateEventsBody(body)).toBe("Additional properties are not allowed ('extra' was unexpected)");
  });

  it('checks limits inside device_info', () => {
    expect(validateEventsBody({ data: [event({ device_info: { battery_level: 101 } })] })).toBe('101 is greater than the maximum of 100');
    expect(validateEventsBody({ data: [event({ device_info: { form_factor: 'phone' } })] })).toMatch(/^'phone' is not one of \['desktop'/);
  });

  it('validates the path id as digits of at most 18', () => {
    expect(validateAdAccountId('549755813888000')).toBeNull();
    expect(validateAdAccountId('12a')).toBe("'12a' does not match '^\\\\d+$'");
    expect(validateAdAccountId('1234567890123456789')).toBe("'1234567890123456789' is too long");
  });

  it('takes user_data properties from the spec (all hashed fields declared)', () => {
    const schema = conversionEventsSchema() as { properties: { data: { items: { properties: { user_data: { properties: object } } } } } };
    const keys = Object.keys(schema.properties.data.items.properties.user_data.properties);
    expect(keys).toEqual(expect.arrayContaining(['em', 'ph', 'hashed_maids', 'client_ip_address', 'client_user_agent', 'external_id']));
  });
});

describe('pyRepr', () => {
  it('prints values as Python would', () => {
    expect(pyRepr('a')).toBe("'a'");
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('a\nb')).toBe("'a\\nb'");
    expect(pyRepr(null)).toBe('None');
    expect(pyRepr(true)).toBe('True');
    expect(pyRepr([1, 'x', false])).toBe("[1, 'x', False]");
    expect(pyRepr({ a: 1.5 })).toBe("{'a': 1.5}");
  });
});
