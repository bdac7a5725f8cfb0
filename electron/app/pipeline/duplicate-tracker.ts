import { EventIdSet } from '../../core/events/id-set';
import type { IdSource } from '../../core/mapping/plan';
import type { BuiltItem, PreparedItem } from './prepared';
import { LazyPreparedItem } from './prepared-item';

const why: Record<IdSource, string> = {
  column: 'has the same event id as',
  order: 'has the same order id as',
  content: 'repeats the conversion of',
};

/**
 * Gives each built event its status in file order. Only valid events take part in duplicate
 * detection: an invalid row keeps its own errors (two broken rows are not "the same
 * conversion"), and a valid event whose id an earlier valid event already used is a duplicate
 * pointing at that first row: it is reported and not sent again.
 */
export class DuplicateTracker {
  private readonly ids = new EventIdSet();

  constructor(private readonly idSource: IdSource) {}

  /** Status of the next event of the file. */
  assign(item: BuiltItem): PreparedItem {
    const line = item.rows[0] ?? 0;
    if (!item.valid) return new LazyPreparedItem(item, 'invalid');
    const first = this.ids.addOrGet(item.eventId, line);
    if (first === undefined) return new LazyPreparedItem(item, 'valid');
    const message = `Row ${line} ${why[this.idSource]} row ${first}: it is sent once, with row ${first}.`;
    return new LazyPreparedItem(item, 'duplicate', { of: first, issue: { row: line, severity: 'warning', code: 'duplicate', message } });
  }
}
