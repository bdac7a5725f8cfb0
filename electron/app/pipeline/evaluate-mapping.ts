import type { z } from 'zod';
import { canonicalJson } from '../../core/events/canonical-json';
import { compileMapping } from '../../core/mapping/compile-mapping';
import type { CompiledPlan, MappingIssue } from '../../core/mapping/plan';
import type { evaluationSchema } from '../../shared/contract';
import type { Mapping } from '../../shared/mapping';
import type { OpenDataset } from '../files/dataset-registry';
import { fastHasher } from './fast-hasher';
import type { PipelineContext } from './prepared';
import { prepareEvents } from './prepare-events';
import { RowResults } from './row-results';
import { Tally } from './tally';

/** The Map step's summary of a mapping over a file (the contract's Evaluation). */
export type Evaluation = z.infer<typeof evaluationSchema>;

/** Rows evaluated for instant feedback while the user edits the mapping. */
export const sampleRows = 1000;

/** What an evaluation run needs besides the dataset and mapping. */
export interface EvaluateOptions {
  sampleOnly?: boolean;
  signal?: AbortSignal;
  onProgress?: (rowsDone: number) => void;
}

/** A mapping checked against a dataset: the plan (when usable) and the mapping-level issues. */
export function planFor(dataset: OpenDataset, mapping: Mapping): { plan?: CompiledPlan; issues: MappingIssue[] } {
  return compileMapping(mapping, dataset.info.columns);
}

/** Cache key of (dataset, mapping, context): the same key always means the same verdicts. */
export function resultKey(datasetId: string, mapping: Mapping, ctx: PipelineContext): string {
  const { now: _now, hasher: _h, ...stable } = ctx;
  return `${datasetId}:${fastHasher(canonicalJson({ mapping, ctx: stable })).slice(0, 32)}`;
}

/** Turns a tally into the contract's evaluation. */
export function toEvaluation(tally: Tally, mappingIssues: MappingIssue[], complete: boolean): Evaluation {
  const c = tally.counts;
  return {
    rows: c.rows,
    events: c.events.valid + c.events.invalid + c.events.duplicate,
    valid: c.valid,
    invalid: c.invalid,
    warnings: c.warnings,
    duplicates: c.duplicates,
    complete,
    matchQuality: tally.quality.shares(),
    topIssues: tally.topIssues(),
    mappingIssues,
  };
}

/** An evaluation with nothing run (the mapping cannot be used yet). */
export function emptyEvaluation(mappingIssues: MappingIssue[]): Evaluation {
  return toEvaluation(new Tally(0), mappingIssues, false);
}

/**
 * Runs the pipeline over a dataset (or its first `sampleRows` rows) and counts the verdicts;
 * a full run also fills RowResults for the preview.
 */
export async function evaluateDataset(dataset: OpenDataset, plan: CompiledPlan, issues: MappingIssue[], ctx: PipelineContext, opts: EvaluateOptions = {}): Promise<{ evaluation: Evaluation; results?: RowResults }> {
  const tally = new Tally(0);
  const results = opts.sampleOnly ? undefined : new RowResults(dataset.info.rowCount);
  const prepare = {
    eventJson: false,
    signal: opts.signal,
    rowCountHint: dataset.info.rowCount,
    maxRows: opts.sampleOnly ? sampleRows : undefined,
    onProgress: (p: { rowsDone: number }) => opts.onProgress?.(p.rowsDone),
    // A full run may let the build workers read the CSV in ranges; the file-change checks that
    // dataset.rows() makes around its pass are then made here.
    csvTable: opts.sampleOnly ? undefined : dataset.csvTable,
  };
  if (prepare.csvTable) await dataset.assertUnchanged();
  for await (const chunk of prepareEvents(dataset, plan, ctx, prepare))
    for (const item of chunk.items) {
      tally.add(item);
      results?.record(item);
    }
  if (prepare.csvTable) await dataset.assertUnchanged();
  const complete = !opts.sampleOnly || tally.counts.rows >= dataset.info.rowCount;
  return results ? { evaluation: toEvaluation(tally, issues, complete), results } : { evaluation: toEvaluation(tally, issues, complete) };
}
