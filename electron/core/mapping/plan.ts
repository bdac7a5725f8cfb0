import type { Hasher } from '../ports';
import type { FieldKind } from './field-kinds';
import type { Issue } from './issue';

/** A column of the file, by header name and position. */
export interface ColumnRef {
  name: string;
  index: number;
}

/** Where one field's value comes from, resolved against the file's header. */
export type FieldInput = { kind: 'columns'; columns: ColumnRef[] } | { kind: 'constant'; value: string };

/** One mapped field, ready to convert cells. */
export interface FieldPlan {
  path: string;
  kind: FieldKind;
  /** Where the value lands: top level, user_data, custom_data or a line item; and its key there. */
  target: 'top' | 'user' | 'custom' | 'item';
  key: string;
  /** Values accumulate into an array (identity fields, lists). */
  many: boolean;
  input: FieldInput;
  /** Date format hint (event_time, user_data.db). */
  format?: string;
  /** Decimal separator hint (money). */
  decimal?: '.' | ',';
  /** The column already holds SHA-256 hex. */
  hashed?: boolean;
  /** First name / last name: the column holds full names; take this part. */
  part?: 'first' | 'last';
  /** Position of the field in its plan: where its memo of converted cells is kept (set by compileMapping). */
  slot?: number;
}

/** How event ids are made for this mapping (see core/events/event-id.ts). */
export type IdSource = 'column' | 'order' | 'content';

/** A mapping checked against a file's header: what buildEvent executes. */
export interface CompiledPlan {
  /** Fields in Pinterest's canonical order (never the mapping's order: ids stay stable). */
  fields: FieldPlan[];
  /** The event-level fields (read from a group's first row). */
  eventFields: FieldPlan[];
  /** The per-line-item fields (`custom_data.contents.*`, read from every row of a group). */
  itemFields: FieldPlan[];
  /** Header of the file. */
  columns: string[];
  /** Indexes of every column the plan reads (the only cells that need to travel to workers). */
  usedColumns: number[];
  /** Columns of identity fields: a merged line-item row must not bring identities of its own. */
  identityColumns: number[];
  /** The user_data.country field: its value sets phone, state and zip rules for its row. */
  countryField?: FieldPlan;
  /** Field whose equal values merge line-item rows into one event. */
  mergeBy?: FieldPlan;
  idSource: IdSource;
  timezone?: string;
  defaultCountry?: string;
  maxEventAgeDays?: number;
}

/** Problem with the mapping itself (not with one row). */
export interface MappingIssue {
  field: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Outcome of compiling: a plan when no error was found, and every issue. */
export interface CompileResult {
  plan?: CompiledPlan;
  issues: MappingIssue[];
}

/** Everything outside the file that building an event depends on. */
export interface BuildContext {
  hasher: Hasher;
  /** Unix milliseconds "now" (event-time window). */
  now: number;
  /** IANA zone for naive date-times when the mapping sets none. */
  timezone: string;
  defaultCountry?: string;
  maxEventAgeDays: number;
  /** The ad account's currency: the fallback for unrecognised currency cells. */
  accountCurrency?: string;
}

/** The cells of one source row; structurally compatible with the files module's SourceRow. */
export interface RowCells {
  /** 0-based data row index. */
  index: number;
  /** Line number as Excel shows it (the header line counts). */
  line: number;
  cells: readonly string[];
  /** Problems the file reader found in this row (ragged cells...): carried into its event. */
  issues?: readonly Issue[];
}
