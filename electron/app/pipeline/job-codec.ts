import { matchKeyMask } from '../../core/events/match-quality';
import { buildGroupEvent } from '../../core/mapping/build-event';
import type { Issue } from '../../core/mapping/issue';
import type { BuildContext, CompiledPlan, RowCells } from '../../core/mapping/plan';
import type { BuiltItem, Job, JobGroup } from './prepared';

// Jobs and their results cross threads in a compact form. Structured clone of the natural
// shapes (a row object and a cells array per row, an object per built item) cost about 6 µs
// per row between the two sides; flat arrays of strings, numbers in typed arrays (transferred,
// not copied) and the issues as one JSON text cost a fraction of that.

/** A job as it travels to a worker. */
export interface PackedJob {
  seq: number;
  rowsDone: number;
  /** Every cell of every row, row after row. */
  cells: string[];
  /** Per row: data row index, line, number of cells, rows in its group (0 = same group as the row before). */
  meta: Int32Array;
  /** Reader issues of the rows that have some, as [row position, issues]. */
  rowIssues?: Array<[number, readonly Issue[]]>;
}

/** What a worker sends back for a job: one entry per group, in order. */
export interface PackedReply {
  seq: number;
  /**
   * Every event id, one after the other, with each one's length in `idLengths`: one string
   * crosses threads instead of one per event (ids may hold any character, so no separator).
   */
  eventIds: string;
  idLengths: Int32Array;
  /** Per group: bit 0 = valid, the other bits = match-key mask. */
  flags: Int32Array;
  /** Per group: how many of `issues` belong to it. */
  issueCounts: Int32Array;
  /** Every issue of the job, as one JSON array. */
  issues: string;
  /** The JSON of each valid event, in order (when the run keeps JSON). */
  eventJson?: string[];
}

/** Where each group's rows came from: kept by the sender so that rows need not travel back. */
export interface JobRows {
  seq: number;
  /** Rows per group. */
  sizes: Int32Array;
  lines: Int32Array;
  indexes: Int32Array;
}

const META = 4;

function rowCount(job: Job): number {
  let n = 0;
  for (const g of job.groups) n += g.rows.length;
  return n;
}

/** Packs a job for a worker; `transfer` lists the buffers to move rather than copy. */
export function packJob(job: Job): { packed: PackedJob; rows: JobRows; transfer: ArrayBuffer[] } {
  const count = rowCount(job);
  const meta = new Int32Array(count * META);
  const sizes = new Int32Array(job.groups.length);
  const lines = new Int32Array(count);
  const indexes = new Int32Array(count);
  const cells: string[] = [];
  const packed: PackedJob = { seq: job.seq, rowsDone: job.rowsDone, cells, meta };
  let r = 0;
  for (let g = 0; g < job.groups.length; g++) {
    const rows = (job.groups[g] as JobGroup).rows;
    sizes[g] = rows.length;
    for (let i = 0; i < rows.length; i++, r++) {
      const row = rows[i] as RowCells;
      const at = r * META;
      meta[at] = row.index;
      meta[at + 1] = row.line;
      meta[at + 2] = row.cells.length;
      meta[at + 3] = i === 0 ? rows.length : 0;
      lines[r] = row.line;
      indexes[r] = row.index;
      for (const cell of row.cells) cells.push(cell);
      if (row.issues && row.issues.length > 0) (packed.rowIssues ??= []).push([r, row.issues]);
    }
  }
  return { packed, rows: { seq: job.seq, sizes, lines, indexes }, transfer: [meta.buffer as ArrayBuffer] };
}

/** What buildGroupEvent gives for one group. */
type GroupBuild = ReturnType<typeof buildGroupEvent>;

/**
 * Collects built groups into a packed reply as they are built: a group's rows, event and
 * issues are garbage as soon as the next group starts, instead of a whole job of built items
 * living (and being copied by every scavenge) until the job is done.
 */
export class ReplyPacker {
  private readonly flags: number[] = [];
  private readonly issueCounts: number[] = [];
  private readonly eventIds: string[] = [];
  private readonly idLengths: number[] = [];
  private readonly json: string[] = [];
  private readonly issues: Issue[] = [];

  constructor(private readonly seq: number, private readonly withJson: boolean) {}

  /** Adds the next group's outcome. */
  add(built: GroupBuild): void {
    this.eventIds.push(built.eventId);
    this.idLengths.push(built.eventId.length);
    this.issueCounts.push(built.issues.length);
    for (const issue of built.issues) this.issues.push(issue);
    if (built.event) {
      this.flags.push(1 | (matchKeyMask(built.event) << 1));
      if (this.withJson) this.json.push(JSON.stringify(built.event));
    } else this.flags.push(0);
  }

  /** The reply, with the buffers to transfer. */
  finish(): { packed: PackedReply; transfer: ArrayBuffer[] } {
    const flags = Int32Array.from(this.flags);
    const issueCounts = Int32Array.from(this.issueCounts);
    const idLengths = Int32Array.from(this.idLengths);
    const reply: PackedReply = { seq: this.seq, eventIds: this.eventIds.join(''), idLengths, flags, issueCounts, issues: JSON.stringify(this.issues) };
    if (this.withJson) reply.eventJson = this.json;
    return { packed: reply, transfer: [flags.buffer as ArrayBuffer, issueCounts.buffer as ArrayBuffer, idLengths.buffer as ArrayBuffer] };
  }
}

/**
 * Builds a packed job in a worker straight into its packed reply, one group at a time. The
 * result is exactly buildJob's, packed (a property test checks it).
 */
export function buildPacked(plan: CompiledPlan, ctx: BuildContext, packed: PackedJob, withJson: boolean): { packed: PackedReply; transfer: ArrayBuffer[] } {
  const { meta, cells } = packed;
  const rowIssues = new Map(packed.rowIssues ?? []);
  const rowTotal = meta.length / META;
  let groups = 0;
  for (let r = 0; r < rowTotal; r++) if ((meta[r * META + 3] as number) > 0) groups++;
  const packer = new ReplyPacker(packed.seq, withJson);
  let cellAt = 0;
  let r = 0;
  for (let g = 0; g < groups; g++) {
    const size = meta[r * META + 3] as number;
    const rows = new Array<RowCells>(size);
    for (let k = 0; k < size; k++, r++) {
      const m = r * META;
      const n = meta[m + 2] as number;
      const row: RowCells = { index: meta[m] as number, line: meta[m + 1] as number, cells: cells.slice(cellAt, cellAt + n) };
      cellAt += n;
      const own = rowIssues.get(r);
      if (own) row.issues = own;
      rows[k] = row;
    }
    packer.add(buildGroupEvent(plan, rows, ctx));
  }
  return packer.finish();
}

/** The built items again, joined back to the rows the sender kept. */
export function unpackReply(packed: PackedReply, rows: JobRows): BuiltItem[] {
  const issues = JSON.parse(packed.issues) as Issue[];
  const items: BuiltItem[] = new Array<BuiltItem>(packed.flags.length);
  let issueAt = 0;
  let rowAt = 0;
  let jsonAt = 0;
  let idAt = 0;
  for (let i = 0; i < items.length; i++) {
    const size = rows.sizes[i] as number;
    const lines: number[] = new Array<number>(size);
    const indexes: number[] = new Array<number>(size);
    for (let k = 0; k < size; k++, rowAt++) {
      lines[k] = rows.lines[rowAt] as number;
      indexes[k] = rows.indexes[rowAt] as number;
    }
    const flag = packed.flags[i] as number;
    const count = packed.issueCounts[i] as number;
    const valid = (flag & 1) === 1;
    const idEnd = idAt + (packed.idLengths[i] as number);
    const item: BuiltItem = { rows: lines, rowIndexes: indexes, eventId: packed.eventIds.slice(idAt, idEnd), valid, matchKeys: flag >>> 1, issues: count === 0 ? [] : issues.slice(issueAt, issueAt + count) };
    idAt = idEnd;
    issueAt += count;
    if (valid && packed.eventJson) item.eventJson = packed.eventJson[jsonAt++];
    items[i] = item;
  }
  return items;
}
