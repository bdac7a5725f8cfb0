import type { Mapping } from '../../shared/mapping';
import type { DatasetRegistry } from '../files/dataset-registry';
import { fastHasher } from './fast-hasher';
import type { PipelineContext } from './prepared';
import type { ResultCache } from './result-cache';
import { systemTimezone } from './table-samples';
import type { TemplateStore } from './template-store';

/** What the mapping, preview and template services share (created once by the backend wiring). */
export interface MappingDeps {
  datasets: Pick<DatasetRegistry, 'get'>;
  templates: TemplateStore;
  results: ResultCache;
  /** The settings' accepted event age (days); 7 when absent. */
  maxEventAgeDays?: () => Promise<number | undefined> | number | undefined;
  /** The chosen ad account's currency, for suggestions and unrecognised currency cells. */
  accountCurrency?: () => Promise<string | undefined> | string | undefined;
  /** Unix ms; a port so tests control "now". */
  clock?: () => number;
}

/** The building context for a mapping, from the settings and the chosen account. */
export async function contextFor(deps: MappingDeps, mapping: Mapping): Promise<PipelineContext & { hasher: typeof fastHasher }> {
  const maxEventAgeDays = (await deps.maxEventAgeDays?.()) ?? 7;
  const accountCurrency = await deps.accountCurrency?.();
  const ctx: PipelineContext & { hasher: typeof fastHasher } = {
    hasher: fastHasher,
    now: deps.clock?.() ?? Date.now(),
    timezone: mapping.options.timezone ?? systemTimezone(),
    maxEventAgeDays,
  };
  if (accountCurrency) ctx.accountCurrency = accountCurrency;
  return ctx;
}
