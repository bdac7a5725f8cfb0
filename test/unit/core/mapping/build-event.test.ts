import { describe, expect, it } from 'vitest';
import { nodeHasher } from '../../../../electron/app/adapters/node-hasher';
import { buildEvent, buildGroupEvent } from '../../../../electron/core/mapping/build-event';
import { compileMapping } from '../../../../electron/core/mapping/compile-mapping';
import type { BuildContext, CompiledPlan } from '../../../../electron/core/mapping/plan';
import { mappingSchema } from '../../../../electron/shared/mapping';

const now = Date.UTC(2025, 0, 20, 12, 0, 0);
const ctx: BuildContext = { hasher: nodeHasher, now, timezone: 'UTC', maxEventAgeDays: 7, defaultCountry: 'US' };
const columns = ['Order', 'Email', 'Email 2', 'Phone', 'Date', 'Total', 'Currency', 'SKU', 'Qty', 'Price'];
const mapping = mappingSchema.parse({
  version: 1,
  fields: {
    event_name: { value: 'checkout' },
    action_source: { value: 'offline' },
    event_time: { column: 'Date' },
    'user_data.em': { columns: ['Email', 'Email 2'] },
    'user_data.ph': { column: 'Phone' },
    'custom_data.value': { column: 'Total' },
    'custom_data.currency': { column: 'Currency' },
    'custom_data.order_id': { column: 'Order' },
    'custom_data.contents.id': { column: 'SKU' },
    'custom_data.contents.quantity': { column: 'Qty' },
    'custom_data.contents.item_price': { column: 'Price' },
  },
  options: { mergeRowsBy: 'custom_data.order_id' },
});
const JOHN = '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f'; // John_Smith@gmail.com (PINTEREST-NOTES §14)

function plan(): CompiledPlan {
  const result = compileMapping(mapping, columns);
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  if (!result.plan) throw new Error('no plan');
  return result.plan;
}
const row = (line: number, cells: string[]) => ({ index: line - 2, line, cells });

describe('buildEvent', () => {
  it('builds a hashed, typed event from one row', () => {
    const built = buildEvent(plan(), row(2, ['A-1', ' John_Smith@gmail.com', 'john_smith@gmail.com', '', '2025-01-19T10:00:00Z', '72.39', 'USD', 'S1', '2', '36.20']), ctx);
    expect(built.issues).toEqual([]);
    expect(built.event).toMatchObject({
      event_name: 'checkout',
      action_source: 'offline',
      event_time: Date.UTC(2025, 0, 19, 10) / 1000,
      user_data: { em: [JOHN] },
      custom_data: { value: '72.39', currency: 'USD', order_id: 'A-1', num_items: 2, contents: [{ id: 'S1', quantity: 2, item_price: '36.20' }] },
    });
    expect(Object.keys(built.event ?? {}).slice(0, 4)).toEqual(['event_name', 'action_source', 'event_time', 'event_id']);
  });

  it('refuses to build with a hasher that is not SHA-256 in lowercase hex (events trust their hashes)', () => {
    const cells = ['A-1', 'john_smith@gmail.com', '', '', '2025-01-19T10:00:00Z', '72.39', 'USD', 'S1', '2', '36.20'];
    const upper: BuildContext = { ...ctx, hasher: (text) => nodeHasher(text).toUpperCase() };
    expect(() => buildEvent(plan(), row(2, cells), upper)).toThrow(/SHA-256 in lowercase hex/);
  });

  it('marks a row without any identifier invalid and names the problem', () => {
    const built = buildEvent(plan(), row(5, ['A-2', 'not an email', '', '', '2025-01-19T10:00:00Z', '1', 'USD', '', '', '']), ctx);
    expect(built.event).toBeUndefined();
    expect(built.issues.map((i) => [i.row, i.severity, i.code])).toEqual([
      [5, 'warning', 'em_no_at'],
      [5, 'error', 'no-identifier'],
    ]);
    expect(built.issues[0]?.column).toBe('Email');
  });

  it('flags times outside the window and unparsable amounts as errors', () => {
    const built = buildEvent(plan(), row(3, ['A-3', 'a@b.co', '', '', '2024-01-01T00:00:00Z', 'abc', 'USD', '', '', '']), ctx);
    expect(built.event).toBeUndefined();
    expect(built.issues.filter((i) => i.severity === 'error').map((i) => i.field)).toEqual(['event_time', 'custom_data.value']);
  });

  it('merges line items: contents from every row, value and identifiers from the first', () => {
    const rows = [
      row(2, ['A-9', 'a@b.co', '', '', '2025-01-19T10:00:00Z', '30.00', 'EUR', 'S1', '1', '10.00']),
      row(3, ['A-9', '', '', '', '', '', '', 'S2', '2', '10.00']),
    ];
    const built = buildGroupEvent(plan(), rows, ctx);
    expect(built.issues).toEqual([]);
    expect(built.event?.custom_data).toMatchObject({ value: '30.00', num_items: 3, contents: [{ id: 'S1' }, { id: 'S2', quantity: 2 }] });
  });

  it('derives the same id for the same order whatever its row, and different ids for different orders', () => {
    const a = buildEvent(plan(), row(2, ['A-1', 'a@b.co', '', '', '2025-01-19T10:00:00Z', '1', 'USD', '', '', '']), ctx);
    const b = buildEvent(plan(), row(90, ['A-1', 'a@b.co', '', '', '2025-01-19T10:00:00Z', '1', 'USD', '', '', '']), ctx);
    const c = buildEvent(plan(), row(2, ['A-2', 'a@b.co', '', '', '2025-01-19T10:00:00Z', '1', 'USD', '', '', '']), ctx);
    expect(a.eventId).toBe(b.eventId);
    expect(a.eventId).not.toBe(c.eventId);
  });
});

describe('a full-name column for first and last name', () => {
  const sha = (text: string) => nodeHasher(text);
  const nameMapping = (fields: Record<string, unknown>) =>
    mappingSchema.parse({ version: 1, fields: { event_name: { value: 'checkout' }, action_source: { value: 'offline' }, event_time: { column: 'Date' }, 'user_data.em': { column: 'Email' }, ...fields } });
  const nameColumns = ['Email', 'Date', 'Name'];

  it('sends the first word as first name and the last (with its particles) as last name', () => {
    const compiled = compileMapping(nameMapping({ 'user_data.fn': { column: 'Name', part: 'first' }, 'user_data.ln': { column: 'Name', part: 'last' } }), nameColumns);
    expect(compiled.issues.filter((i) => i.severity === 'error')).toEqual([]);
    if (!compiled.plan) throw new Error('no plan');
    const built = buildEvent(compiled.plan, row(2, ['a@example.com', '2025-01-19T10:00:00Z', ' Dr. Jan  van der Berg ']), ctx);
    expect(built.event?.user_data.fn).toEqual([sha('jan')]);
    expect(built.event?.user_data.ln).toEqual([sha('van der berg')]);
    const single = buildEvent(compiled.plan, row(3, ['b@example.com', '2025-01-19T10:00:00Z', 'Cher']), ctx);
    expect(single.event?.user_data.fn).toEqual([sha('cher')]);
    expect(single.event?.user_data.ln).toBeUndefined();
    expect(single.issues).toEqual([]);
  });

  it('warns that "part" means nothing on other fields', () => {
    const compiled = compileMapping(nameMapping({ 'user_data.ct': { column: 'Name', part: 'first' } }), nameColumns);
    expect(compiled.issues.map((i) => i.message)).toContain('City: taking the first or last name of a full name only applies to first and last name; it is ignored here.');
  });
});
