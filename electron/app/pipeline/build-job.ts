import { matchKeyMask } from '../../core/events/match-quality';
import { buildGroupEvent } from '../../core/mapping/build-event';
import type { BuildContext, CompiledPlan } from '../../core/mapping/plan';
import type { BuiltItem, Job } from './prepared';

/** Builds every event of a job (the same code runs in a worker and in the main thread). */
export function buildJob(plan: CompiledPlan, ctx: BuildContext, job: Job, withJson = true): BuiltItem[] {
  const items: BuiltItem[] = [];
  for (const group of job.groups) {
    const built = buildGroupEvent(plan, group.rows, ctx);
    const n = group.rows.length;
    const rows = new Array<number>(n);
    const rowIndexes = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const r = group.rows[i] as (typeof group.rows)[number];
      rows[i] = r.line;
      rowIndexes[i] = r.index;
    }
    const item: BuiltItem = { rows, rowIndexes, eventId: built.eventId, valid: built.event !== undefined, matchKeys: 0, issues: built.issues };
    if (built.event) {
      if (withJson) item.eventJson = JSON.stringify(built.event);
      item.matchKeys = matchKeyMask(built.event);
    }
    items.push(item);
  }
  return items;
}
