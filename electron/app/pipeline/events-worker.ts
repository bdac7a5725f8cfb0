import { parentPort, workerData } from 'node:worker_threads';
import { fastHasher } from './fast-hasher';
import { RangeReader } from '../files/csv-range-rows';
import { buildPacked } from './job-codec';
import { buildRange } from './range-job';
import type { PlainValidateOptions } from './validate-file';
import { runValidateRole } from './validate-isolated';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker-protocol';

// Worker entry (bundled as out/node/events-worker.js), in one of two roles:
// - build (default): builds the events of the jobs the pipeline sends, with its own hasher:
//   jobs of rows, or ranges of a CSV file it reads itself. Raw cells leave only as hashes.
// - validate: runs a whole `validate` (read, map, orchestrate build workers) in a bounded heap.

function buildRole(init: WorkerInit): void {
  const ctx = { ...init.ctx, hasher: fastHasher };
  const csv = init.csv;
  const reader = csv ? new RangeReader(csv.spec) : undefined;
  const rangePlan = csv ? { narrowed: init.plan, usedColumns: csv.usedColumns, everyColumn: csv.everyColumn } : undefined;
  parentPort?.on('message', (message: WorkerRequest) => {
    const seq = message.job.seq;
    let reply: WorkerReply;
    let transfer: ArrayBuffer[] = [];
    try {
      if (message.type === 'job') ({ packed: reply, transfer } = buildPacked(init.plan, ctx, message.job, init.withJson));
      else if (reader && rangePlan) ({ packed: reply, transfer } = buildRange(reader, rangePlan, ctx, message.job, init.withJson));
      else throw new Error('This worker was not given a CSV table to read ranges of.');
    } catch (error) {
      reply = { seq, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply, transfer);
  });
}

const data = workerData as (WorkerInit & { role?: undefined }) | { role: 'validate'; opts: PlainValidateOptions };
if (data.role === 'validate') void runValidateRole(data.opts, (message) => parentPort?.postMessage(message));
else buildRole(data);
