import { suggestMapping } from '../../core/mapping/auto/suggest-mapping';
import { fieldKinds } from '../../core/mapping/field-kinds';
import { EVENT_NAMES, FIELD_CATALOG } from '../../core/schema/field-catalog';
import { appError } from '../../shared/app-error';
import type { AppError } from '../../shared/app-error';
import { err, ok } from '../../shared/result';
import type { Result } from '../../shared/result';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import type { OpenDataset } from '../files/dataset-registry';
import { toFileAppError } from '../files/file-error';
import type { Evaluation } from '../pipeline/evaluate-mapping';
import { emptyEvaluation, evaluateDataset, planFor, resultKey } from '../pipeline/evaluate-mapping';
import type { MappingDeps } from '../pipeline/service-context';
import { contextFor } from '../pipeline/service-context';
import { parseMappingJson } from '../pipeline/table-samples';

/** The mapping:* channels. */
export type MappingChannel = 'mapping:suggest' | 'mapping:evaluate' | 'mapping:parse' | 'mapping:catalog';

/** Looks up an open dataset or says plainly that it is gone. */
export function datasetOrError(deps: MappingDeps, datasetId: string): OpenDataset | AppError {
  return deps.datasets.get(datasetId) ?? appError('not-found', 'This file is no longer open. Open it again.');
}

/** Maps anything thrown by a pipeline run to an AppError (never with cell contents). */
export function pipelineError(ctx: ServiceContext, dataset: OpenDataset, error: unknown): AppError {
  if (error instanceof Error && error.name === 'AbortError') return appError('cancelled', 'The check was replaced by a newer one.');
  const appErr = toFileAppError(dataset.path, error);
  if (appErr.kind !== 'file' && appErr.kind !== 'cancelled') ctx.log.error('pipeline run failed', { errorName: error instanceof Error ? error.name : typeof error });
  return appErr;
}

/** Emits mapping:progress while a whole file is evaluated (about 50 events per run). */
export function progressEmitter(ctx: ServiceContext, dataset: OpenDataset): (rows: number) => void {
  let next = 0;
  const total = dataset.info.rowCount;
  return (rowsDone) => {
    if (rowsDone < next && rowsDone < total) return;
    next = rowsDone + Math.max(10_000, Math.floor(total / 50));
    ctx.emit('mapping:progress', { datasetId: dataset.id, rowsDone, rowsTotal: total });
  };
}

async function evaluate(ctx: ServiceContext, deps: MappingDeps, input: { datasetId: string; mapping: Parameters<typeof planFor>[1]; sampleOnly?: boolean }): Promise<Result<Evaluation>> {
  const dataset = datasetOrError(deps, input.datasetId);
  if ('kind' in dataset) return err(dataset);
  const { plan, issues } = planFor(dataset, input.mapping);
  if (!plan) return ok(emptyEvaluation(issues));
  const pipelineCtx = await contextFor(deps, input.mapping);
  try {
    if (input.sampleOnly) return ok((await evaluateDataset(dataset, plan, issues, pipelineCtx, { sampleOnly: true })).evaluation);
    const key = resultKey(dataset.id, input.mapping, pipelineCtx);
    const full = await deps.results.get(key, dataset, plan, issues, pipelineCtx, progressEmitter(ctx, dataset));
    ctx.log.info('mapping evaluated', { rows: full.evaluation.rows, valid: full.evaluation.valid, invalid: full.evaluation.invalid });
    return ok(full.evaluation);
  } catch (error) {
    return err(pipelineError(ctx, dataset, error));
  }
}

function catalog() {
  const fields = FIELD_CATALOG.filter((f) => fieldKinds.has(f.path)).map((f) => ({
    path: f.path, label: f.label, help: f.help, group: f.group, required: f.required, recommended: f.recommended, hashed: f.hashed, multi: f.multi,
  }));
  const timezones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return { fields, eventNames: [...EVENT_NAMES], timezones };
}

/** Handlers for suggesting, checking, parsing mappings and describing Pinterest's fields. */
export function mappingService(ctx: ServiceContext, deps: MappingDeps): HandlerMap<MappingChannel> {
  return {
    async 'mapping:suggest'({ datasetId }) {
      const dataset = datasetOrError(deps, datasetId);
      if ('kind' in dataset) return err(dataset);
      const accountCurrency = await deps.accountCurrency?.();
      const suggestion = suggestMapping({ columns: dataset.info.columns, samples: dataset.info.samples, accountCurrency });
      const template = await deps.templates.findFor(dataset.info.columns);
      return ok(template ? { ...suggestion, template } : suggestion);
    },
    async 'mapping:evaluate'(input) {
      return evaluate(ctx, deps, input);
    },
    async 'mapping:parse'({ json }) {
      const parsed = parseMappingJson(json);
      return 'mapping' in parsed ? ok(parsed.mapping) : err(appError('validation', parsed.error));
    },
    async 'mapping:catalog'() {
      return ok(catalog());
    },
  };
}
