import { describe, expect, it } from 'vitest';
import { fullNameChoice, mappingSchema } from '../../../../electron/shared/mapping';
import {
  assignColumn, constantOf, describeSource, fieldOfColumn, missingColumns, setConstant, setFieldHint, setOption, unassignColumn,
} from '../../../../renderer/steps/map/mapping-edit';

const base = mappingSchema.parse({
  version: 1,
  fields: { 'user_data.em': { columns: ['Email', 'Email 2'] }, event_time: { column: 'Date', format: 'DD.MM.YYYY' }, event_name: { value: 'checkout' } },
  options: { timezone: 'Europe/Berlin' },
});

describe('mapping edits', () => {
  it('finds the field a column feeds, in single and multi sources', () => {
    expect(fieldOfColumn(base, 'Email 2')).toBe('user_data.em');
    expect(fieldOfColumn(base, 'Date')).toBe('event_time');
    expect(fieldOfColumn(base, 'Other')).toBeUndefined();
  });

  it('splits a full-name column into first and last name, and undoes it in one step', () => {
    const split = assignColumn(base, 'Billing Name', fullNameChoice);
    expect(split.fields['user_data.fn']).toEqual({ column: 'Billing Name', part: 'first' });
    expect(split.fields['user_data.ln']).toEqual({ column: 'Billing Name', part: 'last' });
    expect(fieldOfColumn(split, 'Billing Name')).toBe(fullNameChoice);
    expect(describeSource(split.fields['user_data.ln'])).toBe('column “Billing Name” (its last word)');
    expect(mappingSchema.safeParse(split).success).toBe(true);
    const undone = unassignColumn(split, 'Billing Name');
    expect(undone.fields['user_data.fn']).toBeUndefined();
    expect(undone.fields['user_data.ln']).toBeUndefined();
    // A first-name column of its own takes first name; the full name then feeds last name only.
    const own = assignColumn(split, 'First', 'user_data.fn');
    expect(own.fields['user_data.fn']).toEqual({ column: 'First' });
    expect(fieldOfColumn(own, 'Billing Name')).toBe('user_data.ln');
  });

  it('moves a column to another field and keeps the mapping valid', () => {
    const next = assignColumn(base, 'Email 2', 'user_data.external_id');
    expect(next.fields['user_data.em']).toEqual({ column: 'Email' });
    expect(next.fields['user_data.external_id']).toEqual({ column: 'Email 2' });
    expect(mappingSchema.safeParse(next).success).toBe(true);
    expect(base.fields['user_data.em']).toEqual({ columns: ['Email', 'Email 2'] });
  });

  it('collects columns for multi-valued fields and replaces single-valued ones', () => {
    const phones = assignColumn(assignColumn(base, 'Phone', 'user_data.ph', true), 'Mobile', 'user_data.ph', true);
    expect(phones.fields['user_data.ph']).toEqual({ columns: ['Phone', 'Mobile'] });
    const time = assignColumn(base, 'Created', 'event_time');
    expect(time.fields.event_time).toEqual({ column: 'Created' });
    expect(fieldOfColumn(time, 'Date')).toBeUndefined();
  });

  it('drops a field entirely when its last column is unassigned', () => {
    const next = unassignColumn(unassignColumn(base, 'Email'), 'Email 2');
    expect(next.fields['user_data.em']).toBeUndefined();
    expect(assignColumn(base, 'Date', null).fields.event_time).toBeUndefined();
  });

  it('sets and clears constants without touching column-fed fields', () => {
    const usd = setConstant(base, 'custom_data.currency', 'USD');
    expect(constantOf(usd, 'custom_data.currency')).toBe('USD');
    expect(setConstant(usd, 'custom_data.currency', '').fields['custom_data.currency']).toBeUndefined();
    expect(setConstant(base, 'event_time', undefined)).toBe(base);
  });

  it('sets options and field hints, removing them when emptied', () => {
    expect(setOption(base, 'defaultCountry', 'DE').options).toEqual({ timezone: 'Europe/Berlin', defaultCountry: 'DE' });
    expect(setOption(base, 'timezone', undefined).options).toEqual({});
    expect(setFieldHint(base, 'event_time', 'format', undefined).fields.event_time).toEqual({ column: 'Date' });
    expect(setFieldHint(base, 'event_time', 'format', 'MM/DD/YYYY').fields.event_time).toEqual({ column: 'Date', format: 'MM/DD/YYYY' });
  });

  it('lists the columns a template needs that the file lacks, and describes sources', () => {
    expect(missingColumns(base, ['Email', 'Date'])).toEqual(['Email 2']);
    expect(describeSource(base.fields.event_name)).toBe('always “checkout”');
    expect(describeSource(base.fields['user_data.em'])).toBe('columns “Email” + “Email 2”');
    expect(describeSource(undefined)).toBe('not mapped');
  });
});
