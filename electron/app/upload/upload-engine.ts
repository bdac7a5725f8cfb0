import { Batcher } from '../../core/upload/batcher';
import { itemCode } from '../../core/upload/item-codes';
import type { StateRecord } from '../../core/upload/journal-records';
import { RetryBudget } from '../../core/upload/retry-budget';
import type { Counts } from '../../shared/contract';
import type { Queued } from './batch-delivery';
import { BatchDelivery } from './batch-delivery';
import type { RunInput, RunOutcome } from './engine-types';
import { triageItem } from './item-triage';
import { RunControl } from './run-control';
import { RunState } from './run-state';
import { safeErrorText } from '../log/safe-error-text';

// One run of an upload job: streams the prepared items from the start of the file, settles
// what needs no request, batches the rest and keeps a few batches in flight. Pausing, a crash
// and a resume are the same thing to it: a resume is a new run over the same journal.

/** Words for a finished run that the counts alone do not say. */
export function finishedReason(counts: Counts, test: boolean): string | undefined {
  const parts: string[] = [];
  const tried = counts.sent + counts.rejected + counts.possiblySent;
  if (tried === 0 && counts.skipped > 0) parts.push(`Nothing new to send: ${counts.skipped} rows were already sent in earlier uploads.`);
  if (counts.possiblySent > 0) {
    parts.push(`${counts.possiblySent} rows may already be recorded by Pinterest (its answer was lost). Resume with "resend possibly sent" only if you accept that they might count twice.`);
  }
  if (test && counts.sent + counts.rejected > 0) parts.push('TEST run: Pinterest checked the events and recorded nothing.');
  return parts.length ? parts.join(' ') : undefined;
}

/** Runs one job's upload to the end, a pause, a cancel or a stop. */
export class UploadEngine {
  readonly state: RunState;
  readonly control: RunControl;
  private readonly inflight = new Set<Promise<void>>();
  private ordinal = 0;

  constructor(private readonly input: RunInput) {
    this.state = new RunState(input.rowCount, input.clock);
    this.control = new RunControl(input.policy.concurrency);
  }

  /** Stops sending new batches; requests in flight finish and are recorded. */
  pause(reason = 'Paused.'): void {
    this.control.stop({ state: 'paused', reason });
  }

  /** Stops for good (the job cannot be resumed afterwards). */
  cancel(): void {
    this.control.stop({ state: 'cancelled', reason: 'Cancelled.' });
  }

  /** Runs until done or stopped; never throws. */
  async run(): Promise<RunOutcome> {
    const { input, control } = this;
    input.journal.append({ t: 's', state: 'running', at: input.clock() });
    if (input.replayed && hasInflight(input)) input.journal.append({ t: 'c', resend: input.resendPossiblySent, at: input.clock() });
    const delivery = new BatchDelivery(input, this.state, control, new RetryBudget(input.policy.budget));
    try {
      await input.ledger?.load();
      await this.feed(new Batcher<Queued>(input.policy.batch), delivery);
    } catch (error) {
      if (!control.stopped) control.stop({ state: 'paused', reason: `The upload stopped: ${safeErrorText(error)}`, errorKind: 'file' });
    }
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
    const outcome: RunOutcome = control.stopped ?? { state: 'done', reason: finishedReason(this.state.counts(), input.test) };
    try {
      input.journal.append(stateRecord(outcome, input.clock(), this.state));
      await input.journal.commit();
      await input.ledger?.flush();
    } catch (error) {
      input.log.error('upload journal write failed', { job: input.jobId, reason: safeErrorText(error) });
      return { state: 'paused', reason: `The upload journal could not be written: ${safeErrorText(error)}`, errorKind: 'file' };
    }
    return outcome;
  }

  private async feed(batcher: Batcher<Queued>, delivery: BatchDelivery): Promise<void> {
    for await (const chunk of this.input.stream(this.control.signal)) {
      for (const item of chunk.items) {
        const queued = triageItem(this.input, this.state, item, this.ordinal++);
        if (!queued) continue;
        // Batches close on the event count here; BatchDelivery halves one that is over the byte cap.
        for (const batch of batcher.push(queued, 0)) {
          await this.dispatch(batch, delivery);
          if (this.control.stopped) return;
        }
      }
      if (this.control.stopped) return;
    }
    const last = batcher.flush();
    if (last.length > 0) await this.dispatch(last, delivery);
  }

  private async dispatch(batch: Queued[], delivery: BatchDelivery): Promise<void> {
    while (this.inflight.size >= this.control.concurrency && !this.control.stopped) await Promise.race(this.inflight);
    if (this.control.stopped) return;
    const sending: Promise<void> = delivery
      .send(batch)
      .catch((error: unknown) => {
        this.input.log.error('upload batch failed', { job: this.input.jobId, reason: safeErrorText(error) });
        this.control.stop({ state: 'paused', reason: `The upload stopped: ${safeErrorText(error)}`, errorKind: 'file' });
      })
      .finally(() => this.inflight.delete(sending));
    this.inflight.add(sending);
  }
}

/** The journal line recording how a run ended, with its counts. */
export function stateRecord(outcome: RunOutcome, at: number, state: RunState): StateRecord {
  const record: StateRecord = { t: 's', state: outcome.state, at, counts: state.counts(), retries: state.retries };
  if (outcome.reason) record.reason = outcome.reason;
  if (outcome.errorKind) record.errorKind = outcome.errorKind;
  return record;
}

function hasInflight(input: RunInput): boolean {
  const codes = input.replayed?.codes;
  if (!codes) return false;
  for (let i = 0; i < codes.length; i++) if (codes.get(i) === itemCode.inflight) return true;
  return false;
}

