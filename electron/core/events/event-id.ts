import type { Hasher } from '../ports';
import { canonicalJson } from './canonical-json';

/**
 * How an event gets its `event_id` (Pinterest cannot deduplicate offline events, so the id is
 * what lets us recognise a conversion we already sent, in this file or in a re-upload):
 *
 * 1. A column mapped to `event_id` wins: its trimmed cell is the id, as the user gave it.
 * 2. Otherwise, when `custom_data.order_id` is mapped and filled:
 *      id = "cu1o-" + first 32 hex chars of SHA-256("cu1|order|" + event_name + "|" + order_id)
 *    One order is one conversion per event name, whatever row it sits on, so a re-export of
 *    the same orders (sorted differently, rows added or removed) gives the same ids.
 * 3. Otherwise the id is made from the event's normalized content, never from its row position:
 *      id = "cu1c-" + first 32 hex chars of SHA-256("cu1|content|" + canonical JSON of the event
 *           without event_id: keys sorted, identity values already hashed)
 *    The same conversion exported again gets the same id even when rows shift; two rows with
 *    identical content are one conversion (reported as a duplicate and sent once).
 *
 * 128 bits of SHA-256 make an accidental collision between different conversions negligible
 * (about 1e-27 for a million events). The "cu1" version tag changes if the recipe ever does.
 */
export function deriveEventId(input: { eventName: string; orderId?: string; content: unknown }, hasher: Hasher): string {
  if (input.orderId !== undefined && input.orderId !== '')
    return `cu1o-${hasher(`cu1|order|${input.eventName}|${input.orderId}`).slice(0, 32)}`;
  return `cu1c-${hasher(`cu1|content|${canonicalJson(input.content)}`).slice(0, 32)}`;
}
