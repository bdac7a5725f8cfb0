import { describe, expect, it } from 'vitest';
import { methodName } from '../../../electron/shared/api';
import { channels } from '../../../electron/shared/contract';
import { mappingSchema } from '../../../electron/shared/mapping';

describe('contract', () => {
  it('derives distinct camel-case method names from channel names', () => {
    expect(methodName('auth:sign-in-token')).toBe('authSignInToken');
    expect(methodName('dataset:open')).toBe('datasetOpen');
    const names = Object.keys(channels).map((c) => methodName(c as keyof typeof channels));
    expect(new Set(names).size).toBe(names.length);
  });

  it('accepts the documented mapping file format, extra keys included', () => {
    const mapping = {
      version: 1,
      fields: {
        event_name: { value: 'checkout' },
        event_time: { column: 'Created at', format: 'DD.MM.YYYY HH:mm' },
        'user_data.em': { columns: ['Email', 'Email 2'] },
        'custom_data.value': { column: 'Total', decimal: ',' },
      },
      options: { timezone: 'Europe/Berlin', defaultCountry: 'DE', mergeRowsBy: 'custom_data.order_id' },
      note: 'kept',
    };
    const parsed = mappingSchema.parse(mapping);
    expect(parsed).toMatchObject(mapping);
  });

  it('refuses a field source with both a column and a constant', () => {
    const result = mappingSchema.safeParse({ version: 1, fields: { event_name: { column: 'A', value: 'x' } } });
    expect(result.success).toBe(false);
  });
});
