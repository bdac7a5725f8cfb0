import type { CompiledPlan } from '../../core/mapping/plan';
import type { CsvRangeSpec } from '../files/csv-ranges';
import type { PackedJob, PackedReply } from './job-codec';
import type { PipelineContext } from './prepared';
import type { RangeJob, RangeReply } from './range-job';

/** First message to a worker: what every job of a run shares. */
export interface WorkerInit {
  plan: CompiledPlan;
  ctx: Omit<PipelineContext, 'hasher'>;
  /** Send each valid event's JSON back (false: counts-only runs). */
  withJson: boolean;
  /** For range jobs: the CSV table and the file plan's columns (rows are narrowed in the worker). */
  csv?: { spec: CsvRangeSpec; usedColumns: number[]; everyColumn: boolean };
}

/** Messages to a worker. */
export type WorkerRequest = { type: 'job'; job: PackedJob } | { type: 'range'; job: RangeJob };

/** Messages from a worker. */
export type WorkerReply = PackedReply | RangeReply | { seq: number; error: string };
