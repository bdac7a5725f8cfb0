import type { AppError } from '../../shared/app-error';

// REL-06: what the upload engine does with each answer to events/create. The shape mirrors the
// Pinterest client's SendOutcome (electron/app/pinterest/send-outcome.ts) structurally, so core
// needs nothing from app.

/** Pinterest's verdict for one event. */
export interface VerdictLike {
  status: 'processed' | 'failed';
  error_message: string;
  warning_message: string;
}

/** What one events/create request produced (structural twin of the client's SendOutcome). */
export type OutcomeLike =
  | { kind: 'verdicts'; httpStatus: number; events: VerdictLike[]; requestId?: string }
  | { kind: 'error'; error: AppError; ambiguous: boolean; retryAfterMs?: number; requestId?: string };

/** The engine's next step for a batch. */
export type Decision =
  | { kind: 'verdicts'; events: VerdictLike[] }
  /** Try the same events again (same event ids) after a delay; `slowDown` halves concurrency. */
  | { kind: 'retry'; ambiguous: boolean; retryAfterMs?: number; slowDown: boolean; cause: string }
  /** The request was refused as a whole (400): split it to find the offending events. */
  | { kind: 'bisect'; message: string }
  /** Stop the run: `paused` can be resumed once the cause is fixed, `failed` cannot. */
  | { kind: 'stop'; state: 'paused' | 'failed'; error: AppError; ambiguous: boolean }
  | { kind: 'cancelled'; ambiguous: boolean };

function remote(error: AppError, ambiguous: boolean, retryAfterMs: number | undefined): Decision {
  const status = error.status;
  if (status === 400 || status === 413) return { kind: 'bisect', message: error.message };
  if (status === 429) return { kind: 'stop', state: 'paused', error, ambiguous }; // spam block: never hammer on
  if (status === undefined || status >= 500 || (status >= 200 && status < 300)) {
    return { kind: 'retry', ambiguous, retryAfterMs, slowDown: false, cause: status ? `HTTP ${status}` : 'unreadable answer' };
  }
  return { kind: 'stop', state: 'failed', error, ambiguous };
}

/** Classifies an outcome (the table in SECURITY-AND-RELIABILITY §6). */
export function classifyOutcome(outcome: OutcomeLike): Decision {
  if (outcome.kind === 'verdicts') return { kind: 'verdicts', events: outcome.events };
  const { error, ambiguous, retryAfterMs } = outcome;
  switch (error.kind) {
    case 'rate-limited':
      return { kind: 'retry', ambiguous, retryAfterMs: retryAfterMs ?? error.retryAfterMs, slowDown: true, cause: 'rate limit' };
    case 'network':
      return { kind: 'retry', ambiguous, retryAfterMs, slowDown: false, cause: 'network' };
    case 'unavailable':
      return { kind: 'retry', ambiguous, retryAfterMs, slowDown: true, cause: 'Pinterest unavailable' };
    case 'remote':
      return remote(error, ambiguous, retryAfterMs);
    case 'auth':
    case 'internal':
      return { kind: 'stop', state: 'paused', error, ambiguous };
    case 'forbidden':
    case 'not-found':
    case 'validation':
    case 'file':
      return { kind: 'stop', state: 'failed', error, ambiguous };
    case 'cancelled':
      return { kind: 'cancelled', ambiguous };
  }
}
