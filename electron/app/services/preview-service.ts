import type { z } from 'zod';
import { traceIdentity } from '../../core/mapping/identity-trace';
import type { previewRowSchema } from '../../shared/contract';
import { appError } from '../../shared/app-error';
import type { AppError } from '../../shared/app-error';
import type { Mapping } from '../../shared/mapping';
import { err, ok } from '../../shared/result';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import type { OpenDataset } from '../files/dataset-registry';
import { planFor, resultKey } from '../pipeline/evaluate-mapping';
import { issuesOfRow, mappedCells, rebuildGroups } from '../pipeline/preview-rows';
import type { FullResult } from '../pipeline/result-cache';
import type { MappingDeps } from '../pipeline/service-context';
import { contextFor } from '../pipeline/service-context';
import { datasetOrError, pipelineError, progressEmitter } from './mapping-service';

/** The preview:* channels. */
export type PreviewChannel = 'preview:page' | 'preview:event';

type PreviewRow = z.infer<typeof previewRowSchema>;

type BuildCtx = Awaited<ReturnType<typeof contextFor>>;

async function fullResult(service: ServiceContext, deps: MappingDeps, dataset: OpenDataset, mapping: Mapping): Promise<{ error: AppError } | { full: FullResult; ctx: BuildCtx }> {
  const { plan, issues } = planFor(dataset, mapping);
  if (!plan) {
    const fields = issues.filter((i) => i.severity === 'error').map((i) => ({ path: i.field, message: i.message }));
    return { error: appError('validation', 'The mapping is not complete yet: fix it in the Map step first.', { fields }) };
  }
  const ctx = await contextFor(deps, mapping);
  const full = await deps.results.get(resultKey(dataset.id, mapping, ctx), dataset, plan, issues, ctx, progressEmitter(service, dataset));
  return { full, ctx };
}

async function page(dataset: OpenDataset, full: FullResult, ctx: BuildCtx, input: { offset: number; limit: number; filter: 'all' | 'errors' | 'warnings' | 'duplicates' }) {
  const matching = full.results.matching(input.filter);
  const indexes = Array.from(matching.subarray(input.offset, input.offset + input.limit));
  const groups = await rebuildGroups(dataset, full.results, full.plan, ctx, indexes);
  const rows: PreviewRow[] = indexes.map((index) => {
    const line = full.results.lines[index] ?? 0;
    const group = groups.get(index);
    const row: PreviewRow = {
      row: line,
      status: full.results.statusOf(index) ?? 'pending',
      cells: mappedCells(full.plan, group?.rows.find((r) => r.index === index)),
      issues: issuesOfRow(group, line, full.results, index),
    };
    if (group) row.eventId = group.built.eventId;
    return row;
  });
  return { total: matching.length, rows };
}

/** Handlers for the Preview step: filtered pages over every row, and one event explained. */
export function previewService(ctx: ServiceContext, deps: MappingDeps): HandlerMap<PreviewChannel> {
  return {
    async 'preview:page'(input) {
      const dataset = datasetOrError(deps, input.datasetId);
      if ('kind' in dataset) return err(dataset);
      try {
        const found = await fullResult(ctx, deps, dataset, input.mapping);
        if ('error' in found) return err(found.error);
        return ok(await page(dataset, found.full, found.ctx, input));
      } catch (error) {
        return err(pipelineError(ctx, dataset, error));
      }
    },
    async 'preview:event'(input) {
      const dataset = datasetOrError(deps, input.datasetId);
      if ('kind' in dataset) return err(dataset);
      try {
        const found = await fullResult(ctx, deps, dataset, input.mapping);
        if ('error' in found) return err(found.error);
        const { full, ctx: buildCtx } = found;
        const index = full.results.indexOfLine(input.row);
        if (index === undefined) return err(appError('not-found', `Row ${input.row} is not a data row of this file.`));
        const group = (await rebuildGroups(dataset, full.results, full.plan, buildCtx, [index])).get(index);
        const first = group?.rows[0];
        if (!group || !first) return err(appError('not-found', `Row ${input.row} could not be read again from the file.`));
        const identity = traceIdentity(full.plan, first, buildCtx);
        return ok(group.built.event ? { event: group.built.event, identity, issues: group.built.issues } : { identity, issues: group.built.issues });
      } catch (error) {
        return err(pipelineError(ctx, dataset, error));
      }
    },
  };
}
