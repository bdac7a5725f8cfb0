// How long a run keeps retrying before it gives up for now. Spinning forever against a broken
// endpoint helps nobody; pausing with resumable state (the journal) lets the user come back
// later (SECURITY-AND-RELIABILITY REL-08; Segment retries for 4 h, EventBridge for 24 h).

/** Retry limits. */
export interface RetryBudgetPolicy {
  /** Tries of one batch (the first send included). */
  maxAttemptsPerBatch: number;
  /** Total time the run may spend sleeping before retries. */
  maxRetryWaitMs: number;
}

/** 8 tries per batch, 15 minutes of waiting per run. */
export const defaultRetryBudget: RetryBudgetPolicy = { maxAttemptsPerBatch: 8, maxRetryWaitMs: 15 * 60_000 };

/** Whether a retry is allowed, or why the run should pause instead. */
export type RetryPermission = { ok: true } | { ok: false; reason: string };

/** Tracks one run's retry spending. */
export class RetryBudget {
  private waited = 0;
  private count = 0;

  constructor(private readonly policy: RetryBudgetPolicy = defaultRetryBudget) {}

  /** May a batch that has been tried `attempts` times wait `delayMs` and try again? Spends the budget when yes. */
  take(attempts: number, delayMs: number, cause: string): RetryPermission {
    if (attempts >= this.policy.maxAttemptsPerBatch) {
      return { ok: false, reason: `Pinterest kept failing (${cause}) after ${attempts} tries of the same batch. The upload is paused; resume it later.` };
    }
    if (this.waited + delayMs > this.policy.maxRetryWaitMs) {
      const minutes = Math.round(this.policy.maxRetryWaitMs / 60_000);
      return { ok: false, reason: `Pinterest kept failing (${cause}); the upload waited ${minutes} minutes in retries and is paused. Resume it later.` };
    }
    this.waited += delayMs;
    this.count++;
    return { ok: true };
  }

  /** Retries granted so far. */
  get retries(): number {
    return this.count;
  }

  /** Milliseconds of retry waiting granted so far. */
  get waitedMs(): number {
    return this.waited;
  }
}
