import type { CompiledPlan } from '../../core/mapping/plan';
import type { BuiltItem, Job, PipelineContext } from './prepared';

/** First message to a worker: what every job of a run shares. */
export interface WorkerInit {
  plan: CompiledPlan;
  ctx: Omit<PipelineContext, 'hasher'>;
  /** Send each valid event's JSON back (false: counts-only runs). */
  withJson: boolean;
}

/** Messages to a worker. */
export type WorkerRequest = { type: 'job'; job: Job };

/** Messages from a worker. */
export type WorkerReply = { seq: number; items: BuiltItem[] } | { seq: number; error: string };
