import type { Draft } from './read-fields';

function sumQuantities(items: ReadonlyArray<Record<string, unknown>>): number | undefined {
  let sum = 0;
  let seen = false;
  for (const item of items)
    if (typeof item.quantity === 'number') {
      sum += item.quantity;
      seen = true;
    }
  return seen ? sum : undefined;
}

function hasKeys(record: Record<string, unknown>): boolean {
  for (const _key in record) return true;
  return false;
}

/**
 * Puts a draft into Pinterest's event shape (without event_id): the required fields first,
 * then user_data, custom_data and the other top-level fields. When line items carry
 * quantities and `custom_data.num_items` is not mapped, num_items is their sum (a merged
 * order's item count).
 */
export function assembleEvent(draft: Draft): Record<string, unknown> {
  const { event_name, action_source, event_time, event_id: _own, ...others } = draft.top;
  const custom = draft.custom;
  if (draft.items.length > 0) {
    custom.contents = draft.items;
    if (custom.num_items === undefined) {
      const count = sumQuantities(draft.items);
      if (count !== undefined) custom.num_items = count;
    }
  }
  const event: Record<string, unknown> = { event_name, action_source, event_time, user_data: draft.user };
  if (hasKeys(custom)) event.custom_data = custom;
  for (const key in others) event[key] = others[key];
  return event;
}
