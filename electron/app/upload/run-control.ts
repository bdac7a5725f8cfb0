import { setTimeout as delay } from 'node:timers/promises';
import type { RunOutcome } from './engine-types';

// Stop/pause/cancel and the adaptive number of requests in flight, shared by the engine's
// main loop and its batch senders.

/** The switches of one run. */
export class RunControl {
  private outcome: RunOutcome | undefined;
  private readonly controller = new AbortController();
  private successes = 0;
  concurrency: number;

  constructor(private readonly limits: { initial: number; max: number }) {
    this.concurrency = Math.max(1, Math.min(limits.initial, limits.max));
  }

  /** Aborted once the run stops: ends sleeps and the item stream. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The reason the run stops, once it does. */
  get stopped(): RunOutcome | undefined {
    return this.outcome;
  }

  /** Stops the run (the first reason wins, except that a cancel overrides a pause). */
  stop(outcome: RunOutcome): void {
    if (this.outcome && !(outcome.state === 'cancelled' && this.outcome.state === 'paused')) return;
    this.outcome = outcome;
    this.controller.abort();
  }

  /** Waits `ms`; false when the run stopped meanwhile. */
  async sleep(ms: number): Promise<boolean> {
    if (this.outcome) return false;
    if (ms <= 0) return true;
    try {
      await delay(ms, undefined, { signal: this.controller.signal });
      return true;
    } catch {
      return false;
    }
  }

  /** Pinterest asked us to slow down: halve the requests in flight. */
  slowDown(): void {
    this.concurrency = Math.max(1, Math.floor(this.concurrency / 2));
    this.successes = 0;
  }

  /** A request went through: after a streak, allow one more in flight. */
  succeeded(): void {
    if (++this.successes >= this.concurrency * 2 && this.concurrency < this.limits.max) {
      this.concurrency++;
      this.successes = 0;
    }
  }
}
