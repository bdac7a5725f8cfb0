import { itemCode } from '../../core/upload/item-codes';
import { ledgerState } from '../../core/upload/prefix-set';
import type { Queued } from './batch-delivery';
import { possiblySentMessage } from './batch-delivery';
import type { RunInput, UploadItem } from './engine-types';
import { ledgerKey } from './ledger';
import type { RunState } from './run-state';

// Decides, for each prepared item of the (re-derived) stream, whether it still has to be sent:
// our validation, the journal of this job (resume), the account's ledger (earlier uploads) and
// the retry filter settle it, in that order; only what is left is queued.

/** Message of rows an earlier upload may have sent. */
export const earlierPossiblySentMessage =
  "An earlier upload sent this event but never got Pinterest's answer, so it may already be recorded. Not sent again unless you choose to resend.";

function invalidMessage(item: UploadItem): { message: string; column?: string; code?: string } {
  const issue = item.issues.find((i) => i.severity === 'error') ?? item.issues[0];
  return issue ? { message: issue.message, column: issue.column, code: issue.code } : { message: 'This row could not be turned into an event.' };
}

function fromJournal(input: RunInput, state: RunState, item: UploadItem, ordinal: number, key: Buffer | undefined): boolean | 'resend' {
  const prior = input.replayed?.codes.get(ordinal) ?? itemCode.none;
  const rows = item.rows.length;
  if (prior === itemCode.sent) {
    state.settle(ordinal, rows, itemCode.sent, 'sent');
    if (key) input.ledger?.addKey(key, ledgerState.sent);
    const warning = input.replayed?.warnings.get(ordinal);
    if (warning) state.problem(ordinal, { rows: item.rows, status: 'sent', eventId: item.eventId, message: `Warning: ${warning}` });
    return true;
  }
  if (prior === itemCode.rejected) {
    const message = input.replayed?.rejectMessages.get(ordinal) ?? 'Pinterest did not process this event.';
    state.settle(ordinal, rows, itemCode.rejected, 'rejected');
    state.problem(ordinal, { rows: item.rows, status: 'rejected', eventId: item.eventId, message });
    return true;
  }
  if (prior !== itemCode.inflight) return false;
  // The ledger is written only after Pinterest acknowledged: a hit proves the lost ack.
  if (input.ledger && key && !input.force && input.ledger.stateOfKey(key) === ledgerState.sent) {
    state.settle(ordinal, rows, itemCode.sent, 'sent');
    return true;
  }
  if (input.resendPossiblySent) return 'resend';
  state.settle(ordinal, rows, itemCode.inflight, 'possibly-sent');
  state.problem(ordinal, { rows: item.rows, status: 'possibly-sent', eventId: item.eventId, message: possiblySentMessage });
  if (key) input.ledger?.addKey(key, ledgerState.possiblySent);
  return true;
}

function fromLedger(input: RunInput, state: RunState, item: UploadItem, ordinal: number, key: Buffer | undefined): boolean {
  if (!input.ledger || !key || input.force) return false;
  const known = input.ledger.stateOfKey(key);
  if (known === ledgerState.sent) {
    state.settle(ordinal, item.rows.length, itemCode.skipped, 'skipped');
    return true;
  }
  if (known === ledgerState.possiblySent && !input.resendPossiblySent) {
    state.settle(ordinal, item.rows.length, itemCode.inflight, 'possibly-sent');
    state.problem(ordinal, { rows: item.rows, status: 'possibly-sent', eventId: item.eventId, message: earlierPossiblySentMessage });
    return true;
  }
  return false;
}

/** Settles an item that needs no request, or returns it queued for sending. */
export function triageItem(input: RunInput, state: RunState, item: UploadItem, ordinal: number): Queued | undefined {
  const rows = item.rows.length;
  if (item.status === 'duplicate') {
    state.settle(ordinal, rows, itemCode.duplicate, 'duplicate');
    return undefined;
  }
  if (item.status === 'invalid' || item.event === undefined) {
    state.settle(ordinal, rows, itemCode.invalid, 'invalid');
    state.problem(ordinal, { rows: item.rows, status: 'invalid', eventId: item.eventId, ...invalidMessage(item) });
    return undefined;
  }
  const key = input.ledger ? ledgerKey(item.eventId) : undefined;
  const journal = fromJournal(input, state, item, ordinal, key);
  if (journal === true) return undefined;
  if (journal === 'resend') state.resent.add(ordinal);
  else if (fromLedger(input, state, item, ordinal, key)) return undefined;
  const excluded = input.exclude?.(item.eventId);
  if (excluded !== undefined) {
    state.settle(ordinal, rows, itemCode.excluded, 'skipped');
    return undefined;
  }
  return { ordinal, item, key };
}
