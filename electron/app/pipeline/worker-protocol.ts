import type { CompiledPlan } from '../../core/mapping/plan';
import type { PackedJob, PackedReply } from './job-codec';
import type { PipelineContext } from './prepared';

/** First message to a worker: what every job of a run shares. */
export interface WorkerInit {
  plan: CompiledPlan;
  ctx: Omit<PipelineContext, 'hasher'>;
  /** Send each valid event's JSON back (false: counts-only runs). */
  withJson: boolean;
}

/** Messages to a worker. */
export type WorkerRequest = { type: 'job'; job: PackedJob };

/** Messages from a worker. */
export type WorkerReply = PackedReply | { seq: number; error: string };
