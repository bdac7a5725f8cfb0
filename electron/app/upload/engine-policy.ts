import { defaultBackoff } from '../../core/upload/backoff';
import { defaultBatchLimits } from '../../core/upload/batcher';
import { defaultRetryBudget } from '../../core/upload/retry-budget';
import type { EnginePolicy } from './engine-types';

/** 1,000 events / 2 MiB per request, backoff 1-60 s, 8 tries, 15 min of retry waits, 4→8 requests in flight. */
export const defaultEnginePolicy: EnginePolicy = {
  batch: defaultBatchLimits,
  backoff: defaultBackoff,
  budget: defaultRetryBudget,
  concurrency: { initial: 4, max: 8 },
};

/** The default policy with some parts replaced. */
export function enginePolicy(overrides: Partial<EnginePolicy> = {}): EnginePolicy {
  return { ...defaultEnginePolicy, ...overrides };
}
