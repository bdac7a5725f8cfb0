import { Bisection } from '../../core/upload/bisection';
import { retryDelay } from '../../core/upload/backoff';
import type { VerdictLike } from '../../core/upload/classify-outcome';
import { classifyOutcome } from '../../core/upload/classify-outcome';
import { itemCode, toRanges } from '../../core/upload/item-codes';
import type { AckRecord } from '../../core/upload/journal-records';
import { ledgerState } from '../../core/upload/prefix-set';
import type { RetryBudget } from '../../core/upload/retry-budget';
import type { RunInput, UploadItem } from './engine-types';
import type { RunControl } from './run-control';
import type { RunState } from './run-state';

// Sends one batch: journal "inflight" (fsync'd) → rate-limit slot → request → verdicts, retry,
// bisection or stop. Possibly-sent is decided here: an answer lost after the body left is never
// retried automatically, because Pinterest cannot deduplicate offline events.

/** An item queued for sending. */
export interface Queued {
  ordinal: number;
  item: UploadItem;
  /** Ledger key of the event id (live runs), computed once. */
  key?: Buffer;
}

type Delivery = 'settled' | 'released' | { refused: string };

/** Message shown for possibly-sent rows. */
export const possiblySentMessage =
  "Sent, but Pinterest's answer was lost: it may or may not have been recorded. Not sent again unless you choose to resend (it might then be counted twice).";

/** The events/create body of a batch (the same JSON the client sends). */
export function requestBody(batch: readonly Queued[]): string {
  return JSON.stringify({ data: batch.map((q) => q.item.event) });
}

/** Why a run stopped, with what the user can do about it. */
export function stopReason(error: { kind: string; message: string }): string {
  if (error.kind === 'auth') return `${error.message} Nothing was lost: sign in again (or enter a new token), then resume this upload.`;
  return error.message;
}

/** Sends batches for one run. */
export class BatchDelivery {
  private nextId: number;

  constructor(
    private readonly input: RunInput,
    private readonly state: RunState,
    private readonly control: RunControl,
    private readonly budget: RetryBudget,
  ) {
    this.nextId = input.replayed?.nextBatchId ?? 1;
  }

  /** Sends a batch to the end: delivered, rejected (after bisection), possibly sent, or released on stop. */
  async send(batch: Queued[]): Promise<void> {
    // One serialization per batch gives both the byte check and the journal's payload hash;
    // a batch over the byte cap (long content lists) is halved until it fits.
    const body = requestBody(batch);
    if (batch.length > 1 && Buffer.byteLength(body) > this.input.policy.batch.maxBytes) {
      const half = Math.ceil(batch.length / 2);
      await this.send(batch.slice(0, half));
      await this.send(batch.slice(half));
      return;
    }
    const first = await this.deliver(batch, this.nextId++, body);
    if (typeof first !== 'object') return;
    const bisection = new Bisection(batch, first.refused);
    try {
      for (let probe = bisection.next(); probe; probe = bisection.next()) {
        const result = await this.deliver(probe.items, this.nextId++, requestBody(probe.items));
        if (result === 'released') return;
        bisection.report(typeof result === 'object' ? result.refused : undefined);
      }
    } finally {
      this.reject(bisection.rejected);
    }
  }

  private async deliver(batch: Queued[], id: number, body: string): Promise<Delivery> {
    const { input, control } = this;
    const payloadHash = input.hash(body);
    for (let attempts = 1; ; attempts++) {
      if (!(await control.sleep(input.limiter.reserve(input.clock()) - input.clock()))) return 'released';
      input.journal.append({ t: 'i', b: id, r: toRanges(batch.map((q) => q.ordinal)), n: batch.length, ph: payloadHash });
      await input.journal.commit();
      const events = batch.map((q) => q.item.event);
      const decision = classifyOutcome(await input.sender.sendEvents(input.adAccountId, events, { test: input.test, jsonBody: body }));
      if (decision.kind === 'verdicts') return this.acknowledge(batch, id, decision.events);
      if (decision.kind === 'bisect') {
        input.journal.append({ t: 'n', b: id });
        return { refused: decision.message };
      }
      if (decision.ambiguous) {
        this.possiblySent(batch);
        if (decision.kind === 'stop') control.stop({ state: decision.state, reason: stopReason(decision.error), errorKind: decision.error.kind });
        return 'settled';
      }
      input.journal.append({ t: 'n', b: id });
      if (decision.kind === 'cancelled') return 'released';
      if (decision.kind === 'stop') {
        control.stop({ state: decision.state, reason: stopReason(decision.error), errorKind: decision.error.kind });
        return 'released';
      }
      if (decision.slowDown) control.slowDown();
      const wait = retryDelay(attempts - 1, decision.retryAfterMs, input.random, input.policy.backoff);
      const permission = this.budget.take(attempts, wait, decision.cause);
      if (!permission.ok) {
        control.stop({ state: 'paused', reason: permission.reason, errorKind: decision.cause === 'rate limit' ? 'rate-limited' : 'remote' });
        return 'released';
      }
      this.state.retries++;
      input.log.info('upload retry', { job: input.jobId, batch: id, attempt: attempts, waitMs: wait, cause: decision.cause });
      if (!(await control.sleep(wait))) return 'released';
    }
  }

  private acknowledge(batch: Queued[], id: number, verdicts: VerdictLike[]): Delivery {
    const messages: string[] = [];
    const index = (m: string) => (messages.includes(m) ? messages.indexOf(m) : messages.push(m) - 1);
    const record: AckRecord = { t: 'a', b: id };
    const failed: [number, number][] = [];
    const warned: [number, number][] = [];
    batch.forEach((q, i) => {
      const verdict = verdicts[i] as VerdictLike;
      const rows = q.item.rows.length;
      if (verdict.status === 'processed') {
        this.state.settle(q.ordinal, rows, itemCode.sent, 'sent');
        if (q.key) this.input.ledger?.addKey(q.key, ledgerState.sent);
        this.input.onDelivered?.(q.item.eventId);
      } else {
        failed.push([i, index(verdict.error_message)]);
        this.state.settle(q.ordinal, rows, itemCode.rejected, 'rejected');
        this.state.problem(q.ordinal, { rows: q.item.rows, status: 'rejected', eventId: q.item.eventId, message: verdict.error_message || 'Pinterest did not process this event.' });
      }
      if (verdict.warning_message) {
        warned.push([i, index(verdict.warning_message)]);
        if (verdict.status === 'processed') this.state.problem(q.ordinal, { rows: q.item.rows, status: 'sent', eventId: q.item.eventId, message: `Warning: ${verdict.warning_message}` });
      }
    });
    if (messages.length) Object.assign(record, { m: messages }, failed.length ? { f: failed } : {}, warned.length ? { w: warned } : {});
    this.input.journal.append(record);
    this.input.journal.commitSoon();
    this.input.ledger?.flushSoon();
    this.state.countAcked(batch.reduce((n, q) => n + q.item.rows.length, 0));
    this.control.succeeded();
    return 'settled';
  }

  private possiblySent(batch: Queued[]): void {
    for (const q of batch) {
      this.state.settle(q.ordinal, q.item.rows.length, itemCode.inflight, 'possibly-sent');
      this.state.problem(q.ordinal, { rows: q.item.rows, status: 'possibly-sent', eventId: q.item.eventId, message: possiblySentMessage });
      if (q.key) this.input.ledger?.addKey(q.key, ledgerState.possiblySent);
    }
    this.input.ledger?.flushSoon();
  }

  private reject(rejected: { item: Queued; message: string }[]): void {
    for (const { item: q, message } of rejected) {
      this.input.journal.append({ t: 'r', r: [[q.ordinal, 1]], m: message });
      this.state.settle(q.ordinal, q.item.rows.length, itemCode.rejected, 'rejected');
      this.state.problem(q.ordinal, { rows: q.item.rows, status: 'rejected', eventId: q.item.eventId, message });
    }
    if (rejected.length) this.input.journal.commitSoon();
  }
}
