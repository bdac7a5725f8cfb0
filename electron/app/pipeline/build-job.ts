import { buildGroupEvent } from '../../core/mapping/build-event';
import type { BuildContext, CompiledPlan } from '../../core/mapping/plan';
import type { BuiltItem, Job } from './prepared';

/** Builds every event of a job (the same code runs in a worker and in the main thread). */
export function buildJob(plan: CompiledPlan, ctx: BuildContext, job: Job): BuiltItem[] {
  const items: BuiltItem[] = [];
  for (const group of job.groups) {
    const built = buildGroupEvent(plan, group.rows, ctx);
    const item: BuiltItem = {
      rows: group.rows.map((r) => r.line),
      rowIndexes: group.rows.map((r) => r.index),
      eventId: built.eventId,
      issues: built.issues,
    };
    if (built.event) item.event = built.event;
    items.push(item);
  }
  return items;
}
