import { buildGroupEvent } from '../../core/mapping/build-event';
import { narrowRow } from '../../core/mapping/narrow-plan';
import type { BuildContext, CompiledPlan } from '../../core/mapping/plan';
import type { RangeInput, RangeReader } from '../files/csv-range-rows';
import type { JobRows, PackedReply } from './job-codec';
import { ReplyPacker, unpackReply } from './job-codec';
import type { BuiltItem } from './prepared';

// A job of "read these bytes yourself": a worker decodes, parses and shapes a range of a CSV
// file (see files/csv-ranges), then builds one event per data row. Only bytes go in and only
// verdicts come out, instead of every cell crossing between threads. Ranges are used without
// mergeRowsBy only: an order's line items may straddle two ranges.

/** A range as it travels to a worker. */
export interface RangeJob {
  seq: number;
  range: RangeInput;
}

/** A built range: the packed events plus where their rows are, which only the worker saw. */
export interface RangeReply extends PackedReply {
  /** Line of each data row (one event each). */
  lines: Int32Array;
  /** Line just after the range's last record, as the parser counted. */
  nextLine: number;
}

/** What a worker needs to build ranges: the file plan's columns, to narrow rows as jobsFrom does. */
export interface RangeBuildPlan {
  narrowed: CompiledPlan;
  usedColumns: readonly number[];
  everyColumn: boolean;
}

/** Reads and builds one range in a worker, a row at a time. */
export function buildRange(reader: RangeReader, plan: RangeBuildPlan, ctx: BuildContext, job: RangeJob, withJson: boolean): { packed: RangeReply; transfer: ArrayBuffer[] } {
  const packer = new ReplyPacker(job.seq, withJson);
  const lines: number[] = [];
  const nextLine = reader.read(job.range, (row) => {
    lines.push(row.line);
    packer.add(buildGroupEvent(plan.narrowed, [plan.everyColumn ? row : narrowRow(row, plan.usedColumns)], ctx));
  });
  const built = packer.finish();
  const lineArray = Int32Array.from(lines);
  return { packed: { ...built.packed, lines: lineArray, nextLine }, transfer: [...built.transfer, lineArray.buffer as ArrayBuffer] };
}

/** The built items of a range, with data row indexes counted from `firstIndex`. */
export function unpackRangeReply(reply: RangeReply, firstIndex: number): BuiltItem[] {
  const count = reply.lines.length;
  const indexes = new Int32Array(count);
  for (let i = 0; i < count; i++) indexes[i] = firstIndex + i;
  const rows: JobRows = { seq: reply.seq, sizes: new Int32Array(count).fill(1), lines: reply.lines, indexes };
  return unpackReply(reply, rows);
}
