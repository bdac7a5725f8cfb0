import type { Logger } from '../../core/ports';
import type { BackoffPolicy } from '../../core/upload/backoff';
import type { BatchLimits } from '../../core/upload/batcher';
import type { OutcomeLike } from '../../core/upload/classify-outcome';
import type { ReplayedJob } from '../../core/upload/journal-replay';
import type { RetryBudgetPolicy } from '../../core/upload/retry-budget';
import type { Issue } from '../../core/mapping/issue';
import type { JobJournal } from './job-journal';
import type { Ledger } from './ledger';

// The upload engine's inputs and outputs. The engine is transport- and UI-agnostic: the CLI
// and the backend service build these from their own world (files, sessions, settings).

/** One prepared item, as the mapping pipeline yields it (structurally its PreparedItem). */
export interface UploadItem {
  /** Excel line numbers of the rows this event came from. */
  rows: number[];
  eventId: string;
  event?: unknown;
  issues: Issue[];
  status: 'valid' | 'invalid' | 'duplicate';
}

/** A fresh, deterministic stream of the job's items from the start of the file. */
export type ItemStream = (signal: AbortSignal) => AsyncIterable<{ items: readonly UploadItem[] }>;

/** The part of the Pinterest client the engine uses. */
export interface EventSender {
  sendEvents(adAccountId: string, events: unknown[], options: { test: boolean; signal?: AbortSignal; jsonBody?: string }): Promise<OutcomeLike>;
}

/** Knobs of the engine (all have defaults in engine-policy.ts). */
export interface EnginePolicy {
  batch: BatchLimits;
  backoff: BackoffPolicy;
  budget: RetryBudgetPolicy;
  /** Requests in flight: start at `initial`, grow to `max` while Pinterest keeps up, halve on 429. */
  concurrency: { initial: number; max: number };
}

/** What a run needs. */
export interface RunInput {
  jobId: string;
  adAccountId: string;
  test: boolean;
  rowCount: number;
  /** Send even what the ledger says was sent. */
  force: boolean;
  /** The user agreed to resend possibly-sent items (resume) or they belong to the job being retried. */
  resendPossiblySent: boolean;
  journal: JobJournal;
  /** The journal so far, when resuming. */
  replayed?: ReplayedJob;
  stream: ItemStream;
  sender: EventSender;
  /** The account's ledger (live runs only). */
  ledger?: Ledger;
  /** Items that must not be sent in this job (a retry job skips what the first job delivered). */
  exclude?: (eventId: string) => string | undefined;
  /** Called with every event id the run delivers (test jobs keep their own list). */
  onDelivered?: (eventId: string) => void;
  limiter: { reserve(now: number): number };
  clock: () => number;
  random: () => number;
  /** Short hash of a request body for the journal. */
  hash: (text: string) => string;
  policy: EnginePolicy;
  log: Logger;
}

/** A problem row (or group of rows) for the results table and the report. */
export interface Problem {
  rows: number[];
  status: 'rejected' | 'invalid' | 'possibly-sent' | 'sent';
  eventId?: string;
  message: string;
  column?: string;
  /** Our issue code (invalid rows): lets the journal describe the row without its values. */
  code?: string;
}

/** How a run ended. */
export interface RunOutcome {
  state: 'done' | 'paused' | 'cancelled' | 'failed';
  reason?: string;
  errorKind?: string;
}
