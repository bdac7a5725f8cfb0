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

const ownKeys = new Set(['event_name', 'action_source', 'event_time', 'event_id']);

/**
 * Puts a draft into Pinterest's event shape: the required fields first, then event_id, then
 * user_data, custom_data and the other top-level fields. event_id is left undefined (its slot
 * keeps the key order): the caller derives it from this content, where undefined keys do not
 * count, and sets it. When line items carry quantities and `custom_data.num_items` is not
 * mapped, num_items is their sum (a merged order's item count).
 */
export function assembleEvent(draft: Draft): Record<string, unknown> {
  const top = draft.top;
  const custom = draft.custom;
  if (draft.items.length > 0) {
    custom.contents = draft.items;
    if (custom.num_items === undefined) {
      const count = sumQuantities(draft.items);
      if (count !== undefined) custom.num_items = count;
    }
  }
  const event: Record<string, unknown> = {
    event_name: top.event_name, action_source: top.action_source, event_time: top.event_time, event_id: undefined, user_data: draft.user,
  };
  if (hasKeys(custom)) event.custom_data = custom;
  for (const key in top) if (!ownKeys.has(key)) event[key] = top[key];
  return event;
}
