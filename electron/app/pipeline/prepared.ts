import type { PinterestEvent } from '../../core/mapping/deps-event-schema';
import type { Issue } from '../../core/mapping/issue';
import type { BuildContext, RowCells } from '../../core/mapping/plan';

/** Verdict of one prepared event before sending. */
export type PreparedStatus = 'valid' | 'invalid' | 'duplicate';

/** One event ready for the upload engine, joined back to every source row it came from. */
export interface PreparedItem {
  /** Excel line numbers of the rows (several for a merged order). */
  readonly rows: number[];
  /** 0-based data row indexes of the same rows. */
  readonly rowIndexes: number[];
  readonly eventId: string;
  /** The event exactly as sent, when status is 'valid' (parsed on first access; absent in counts-only runs). */
  readonly event?: PinterestEvent;
  /** The same event as JSON text (what goes into a request body), when status is 'valid'. */
  readonly eventJson?: string;
  /** Match keys of a valid event (bit i = matchKeys[i] of core/events/match-quality). */
  readonly matchKeys: number;
  readonly issues: Issue[];
  readonly status: PreparedStatus;
  /** For a duplicate: the Excel line of the first row whose event is sent instead. */
  readonly duplicateOf?: number;
}

/** A slice of prepared events, in file order. */
export interface PreparedChunk {
  items: PreparedItem[];
  /** Source rows consumed so far (progress). */
  rowsDone: number;
}

/** Where rows come from: an open dataset or a table read by the CLI. */
export interface RowSource {
  rows(opts: { signal?: AbortSignal }): AsyncIterable<readonly RowCells[]>;
}

/** Building context for the pipeline; workers bring their own hasher. */
export type PipelineContext = Omit<BuildContext, 'hasher'> & { hasher?: BuildContext['hasher'] };

/** Rows of one event, with only the cells the plan reads. */
export interface JobGroup {
  rows: RowCells[];
}

/** A unit of work for a worker (or the main thread). */
export interface Job {
  seq: number;
  groups: JobGroup[];
  /** Source rows covered, for progress. */
  rowsDone: number;
}

/**
 * A built event as it crosses threads: the event travels as JSON text (one flat string is far
 * cheaper to pass between threads than an object graph, and it is what a request body needs).
 */
export interface BuiltItem {
  rows: number[];
  rowIndexes: number[];
  eventId: string;
  /** The event passed every check (its JSON is present unless the run asked for counts only). */
  valid: boolean;
  eventJson?: string;
  matchKeys: number;
  issues: Issue[];
}
