import { createHash } from 'node:crypto';
import type { Logger } from '../../core/ports';
import { fromRanges } from '../../core/upload/item-codes';
import type { HeaderRecord } from '../../core/upload/journal-records';
import type { ReplayedJob } from '../../core/upload/journal-replay';
import type { Result } from '../../shared/result';
import { DeliveredIdsWriter, readDeliveredIds } from './delivered-ids';
import type { EnginePolicy, EventSender, ItemStream, RunInput, RunOutcome } from './engine-types';
import type { JobMeta } from './job-files';
import { jobPaths } from './job-files';
import { JobJournal, readJournal, rewriteJournal } from './job-journal';
import { buildSnapshot } from './job-snapshot';
import { ledgerFor } from './ledger';
import type { LimiterSettings } from './shared-limiters';
import { sharedLimiter } from './shared-limiters';
import { stateRecord, UploadEngine } from './upload-engine';

// One run of a job: opens (or creates) its journal, wires the engine to the file, the client,
// the ledger and the shared limiter, runs it, and compacts the journal when the job is over.

/** What runs need from the outside world. */
export interface RunnerDeps {
  dataDir: string;
  log: Logger;
  clock: () => number;
  random: () => number;
  policy: EnginePolicy;
  limits?: Partial<LimiterSettings>;
  /** Re-derives the job's items from its file (refusing a file whose fingerprint changed). */
  openItems(meta: JobMeta): Promise<Result<ItemStream>>;
  /** The client to send the job's events with. */
  sender(meta: JobMeta): Promise<Result<EventSender>> | Result<EventSender>;
}

/** How to run: fresh, or resuming a replayed journal. */
export interface RunPlan {
  replayed?: ReplayedJob;
  resendPossiblySent: boolean;
}

/** The header line of a new job's journal. */
export function headerFor(meta: JobMeta): HeaderRecord {
  return { t: 'h', v: 1, job: meta.jobId, acct: meta.adAccountId, test: meta.test, fp: meta.fingerprint, mh: meta.mappingHash, created: meta.createdAt, rows: meta.rowCount };
}

const shortHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

/** Builds the engine of a run (journal opened); the caller runs it and then calls finishRun. */
export async function prepareRun(meta: JobMeta, plan: RunPlan, deps: RunnerDeps): Promise<Result<{ engine: UploadEngine; close: () => Promise<void> }>> {
  const stream = await deps.openItems(meta);
  if (!stream.ok) return stream;
  const sender = await deps.sender(meta);
  if (!sender.ok) return sender;
  const paths = jobPaths(deps.dataDir, meta.jobId);
  const journal = plan.replayed ? await JobJournal.reopen(paths.journal) : await JobJournal.create(paths.journal, headerFor(meta));
  const delivered = meta.test ? await DeliveredIdsWriter.open(paths.delivered) : undefined;
  const retryOf = meta.retryOfJobId && meta.test ? readDeliveredIds(jobPaths(deps.dataDir, meta.retryOfJobId).delivered) : undefined;
  const input: RunInput = {
    jobId: meta.jobId,
    adAccountId: meta.adAccountId,
    test: meta.test,
    rowCount: meta.rowCount,
    force: meta.force,
    resendPossiblySent: plan.resendPossiblySent,
    journal,
    replayed: plan.replayed,
    stream: stream.value,
    sender: sender.value,
    ledger: meta.test ? undefined : ledgerFor(deps.dataDir, meta.adAccountId, meta.apiBaseUrl),
    exclude: retryOf ? (id) => (retryOf.has(id) ? 'delivered by the upload being retried' : undefined) : undefined,
    onDelivered: delivered ? (id) => delivered.add(id) : undefined,
    limiter: sharedLimiter(meta.adAccountId, meta.test, deps.limits),
    clock: deps.clock,
    random: deps.random,
    hash: shortHash,
    policy: deps.policy,
    log: deps.log,
  };
  const engine = new UploadEngine(input);
  for (const ordinal of fromRanges(plan.replayed?.snapshot?.resent ?? [])) engine.state.resent.add(ordinal);
  const close = async () => {
    await journal.close();
    await delivered?.close();
  };
  return { ok: true, value: { engine, close } };
}

/** After a run: a job that is over gets its journal compacted to one snapshot (REL-05). */
export function finishRun(meta: JobMeta, engine: UploadEngine, outcome: RunOutcome, deps: RunnerDeps): void {
  if (outcome.state === 'paused') return;
  const path = jobPaths(deps.dataDir, meta.jobId).journal;
  const read = readJournal(path);
  const header = read.ok ? read.job.header : headerFor(meta);
  rewriteJournal(path, [header, buildSnapshot(engine.state), stateRecord(outcome, deps.clock(), engine.state)]);
}
