import type { PinterestEvent } from '../../core/mapping/deps-event-schema';
import type { Issue } from '../../core/mapping/issue';
import type { BuiltItem, PreparedItem, PreparedStatus } from './prepared';

/** A PreparedItem that parses its event JSON only when someone asks for the object. */
export class LazyPreparedItem implements PreparedItem {
  readonly rows: number[];
  readonly rowIndexes: number[];
  readonly eventId: string;
  readonly eventJson?: string;
  readonly matchKeys: number;
  readonly issues: Issue[];
  readonly status: PreparedStatus;
  readonly duplicateOf?: number;
  private parsed?: PinterestEvent;

  constructor(built: BuiltItem, status: PreparedStatus, duplicate?: { of: number; issue: Issue }) {
    const extraIssue = duplicate?.issue;
    if (duplicate) this.duplicateOf = duplicate.of;
    this.rows = built.rows;
    this.rowIndexes = built.rowIndexes;
    this.eventId = built.eventId;
    this.matchKeys = status === 'valid' ? built.matchKeys : 0;
    this.issues = extraIssue ? [...built.issues, extraIssue] : built.issues;
    this.status = status;
    if (status === 'valid' && built.eventJson !== undefined) this.eventJson = built.eventJson;
  }

  /** The event object (valid items only), parsed once from its JSON. */
  get event(): PinterestEvent | undefined {
    if (this.parsed === undefined && this.eventJson !== undefined) this.parsed = JSON.parse(this.eventJson) as PinterestEvent;
    return this.parsed;
  }

  /** Plain data (for JSON and tests): every field, event included. */
  toJSON(): Omit<PreparedItem, 'event'> & { event?: PinterestEvent } {
    const { rows, rowIndexes, eventId, eventJson, matchKeys, issues, status, event, duplicateOf } = this;
    const base = duplicateOf === undefined ? { rows, rowIndexes, eventId, matchKeys, issues, status } : { rows, rowIndexes, eventId, matchKeys, issues, status, duplicateOf };
    return event ? { ...base, eventJson, event } : base;
  }
}
