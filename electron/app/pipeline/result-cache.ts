import type { CompiledPlan, MappingIssue } from '../../core/mapping/plan';
import type { OpenDataset } from '../files/dataset-registry';
import type { Evaluation } from './evaluate-mapping';
import { evaluateDataset } from './evaluate-mapping';
import type { PipelineContext } from './prepared';
import type { RowResults } from './row-results';

/** A finished full evaluation of one (dataset, mapping). */
export interface FullResult {
  key: string;
  plan: CompiledPlan;
  evaluation: Evaluation;
  results: RowResults;
}

interface Entry {
  datasetId: string;
  controller: AbortController;
  promise: Promise<FullResult>;
}

/**
 * Full evaluations per (dataset, mapping hash), shared by mapping:evaluate and preview:page.
 * One run per key at a time (callers share the promise); a new mapping for the same dataset
 * cancels the older run still going; only the last few results are kept (a million rows
 * cost about 9 MB each).
 */
export class ResultCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly keep = 3) {}

  /** The full result for a key, computing it once. */
  get(key: string, dataset: OpenDataset, plan: CompiledPlan, issues: MappingIssue[], ctx: PipelineContext, onProgress?: (rows: number) => void): Promise<FullResult> {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.promise;
    }
    for (const [other, entry] of this.entries) if (entry.datasetId === dataset.id && other !== key) entry.controller.abort();
    const controller = new AbortController();
    const promise = evaluateDataset(dataset, plan, issues, ctx, { signal: controller.signal, onProgress }).then(({ evaluation, results }) => {
      if (!results) throw new Error('A full evaluation always has row results.');
      return { key, plan, evaluation, results };
    });
    const entry: Entry = { datasetId: dataset.id, controller, promise };
    this.entries.set(key, entry);
    promise.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.keep) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.get(oldest)?.controller.abort();
      this.entries.delete(oldest);
    }
    return promise;
  }

  /** Drops every result of a dataset (it was closed). */
  forget(datasetId: string): void {
    for (const [key, entry] of this.entries)
      if (entry.datasetId === datasetId) {
        entry.controller.abort();
        this.entries.delete(key);
      }
  }
}
