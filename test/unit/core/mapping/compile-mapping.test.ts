import { describe, expect, it } from 'vitest';
import { compileMapping } from '../../../../electron/core/mapping/compile-mapping';
import { mappingSchema } from '../../../../electron/shared/mapping';

// The example of issue 4 point 3, verbatim: it must load and compile against its own columns.
const example = `{"version":1,
 "fields": {"event_name":{"value":"checkout"}, "action_source":{"value":"offline"},
            "event_time":{"column":"Created at","format":"DD.MM.YYYY HH:mm"},
            "user_data.em":{"columns":["Email","Email 2"]}, "user_data.ph":{"column":"Billing Phone"},
            "custom_data.value":{"column":"Total","decimal":","}, "custom_data.currency":{"value":"EUR"},
            "custom_data.order_id":{"column":"Name"}, "custom_data.contents.id":{"column":"Lineitem sku"},
            "custom_data.contents.item_price":{"column":"Lineitem price"}, "custom_data.contents.quantity":{"column":"Lineitem quantity"}},
 "options": {"timezone":"Europe/Berlin", "defaultCountry":"DE", "mergeRowsBy":"custom_data.order_id"}}`;
const columns = ['Name', 'Email', 'Email 2', 'Created at', 'Total', 'Billing Phone', 'Lineitem sku', 'Lineitem price', 'Lineitem quantity'];

function compile(fields: Record<string, unknown>, options: Record<string, unknown> = {}, cols = columns) {
  return compileMapping(mappingSchema.parse({ version: 1, fields, options }), cols);
}
const base = { event_name: { value: 'checkout' }, action_source: { value: 'offline' }, event_time: { column: 'Created at' }, 'user_data.em': { column: 'Email' } };
const messages = (r: ReturnType<typeof compile>, severity = 'error') => r.issues.filter((i) => i.severity === severity).map((i) => `${i.field}: ${i.message}`);

describe('compileMapping', () => {
  it('accepts the documented example, extra keys included, and plans it in canonical order', () => {
    const json = JSON.parse(example);
    json.note = 'kept';
    json.fields['user_data.em'].comment = 'kept too';
    const mapping = mappingSchema.parse(json);
    const result = compileMapping(mapping, columns);
    expect(messages(result)).toEqual([]);
    expect(result.plan?.fields.map((f) => f.path).slice(0, 4)).toEqual(['event_name', 'action_source', 'event_time', 'user_data.em']);
    expect(result.plan).toMatchObject({ idSource: 'order', timezone: 'Europe/Berlin', defaultCountry: 'DE' });
    expect(result.plan?.mergeBy?.path).toBe('custom_data.order_id');
    expect(result.plan?.itemFields.map((f) => f.key)).toEqual(['id', 'item_price', 'quantity']);
  });

  it('names unknown fields, missing columns and fields a file cannot fill', () => {
    const r = compile({ ...base, 'user_data.shoe_size': { column: 'Name' }, 'custom_data.value': { column: 'Amount' }, 'device_info.model': { value: 'x' } });
    expect(messages(r)).toEqual([
      'custom_data.value: Value: the column "Amount" is not in this file.',
      'user_data.shoe_size: Pinterest has no field "user_data.shoe_size".',
      expect.stringMatching(/^device_info\.model: .*cannot be filled from a file upload\.$/),
    ]);
  });

  it('requires event name, action source, time and an identifier Pinterest can match on', () => {
    const r = compile({ 'user_data.ph': { column: 'Billing Phone' } });
    expect(r.plan).toBeUndefined();
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.field)).toEqual(['event_name', 'action_source', 'event_time', 'user_data.em']);
    const { 'user_data.em': _em, ...withoutEmail } = base;
    const ipUa = compile({ ...withoutEmail, 'user_data.client_ip_address': { column: 'Name' }, 'user_data.client_user_agent': { column: 'Total' } });
    expect(messages(ipUa)).toEqual([]);
  });

  it('checks constants, hints and options', () => {
    const r = compile({ ...base, action_source: { value: 'online' }, 'custom_data.currency': { value: 'Euro coins' }, event_id: { value: 'same' }, 'custom_data.order_id': { column: 'Name', decimal: ',' } }, { timezone: 'Mars/Olympus', mergeRowsBy: 'custom_data.value' });
    const errors = messages(r).join('\n');
    expect(errors).toMatch(/action_source: .*'online' is not an action source/);
    expect(errors).toMatch(/custom_data\.currency: /);
    expect(errors).toMatch(/event_id: Event id cannot be a constant/);
    expect(errors).toMatch(/options\.timezone: "Mars\/Olympus" is not a time zone/);
    expect(errors).toMatch(/custom_data\.value: Merging line items needs/);
    expect(messages(r, 'warning').join('\n')).toMatch(/decimal separator only applies to amounts/);
  });

  it('warns when ids can only come from row content, and lets a date and a time column combine', () => {
    const r = compile({ ...base, event_time: { columns: ['Created at', 'Total'] } });
    expect(messages(r)).toEqual([]);
    expect(messages(r, 'warning').join()).toMatch(/ids are made from each row's content/);
    expect(messages(compile({ ...base, 'custom_data.value': { columns: ['Total', 'Name'] } }))).toEqual([expect.stringMatching(/takes one column/)]);
  });
});
