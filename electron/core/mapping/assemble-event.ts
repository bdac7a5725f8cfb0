import type { CompiledPlan } from './plan';
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

/**
 * Puts a draft's values into Pinterest's event shape (without event_id), in the order of the
 * plan's fields, which is Pinterest's canonical order. When line items carry quantities and
 * `custom_data.num_items` is not mapped, num_items is their sum (the merged order's item count).
 */
export function assembleEvent(plan: CompiledPlan, draft: Draft): Record<string, unknown> {
  const top: Record<string, unknown> = {};
  const user: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  for (const field of plan.eventFields) {
    const value = draft.values.get(field.path);
    if (value === undefined || field.path === 'event_id') continue;
    if (field.path.startsWith('user_data.')) user[field.path.slice(10)] = value;
    else if (field.path.startsWith('custom_data.')) custom[field.path.slice(12)] = value;
    else top[field.path] = value;
  }
  if (draft.items.length > 0) {
    custom.contents = draft.items;
    if (custom.num_items === undefined) {
      const count = sumQuantities(draft.items);
      if (count !== undefined) custom.num_items = count;
    }
  }
  const { event_name, action_source, event_time, ...others } = top;
  const event: Record<string, unknown> = { event_name, action_source, event_time, user_data: user };
  if (Object.keys(custom).length > 0) event.custom_data = custom;
  return { ...event, ...others };
}
