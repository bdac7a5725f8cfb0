import { parentPort, workerData } from 'node:worker_threads';
import { fastHasher } from './fast-hasher';
import { buildPacked } from './job-codec';
import type { PlainValidateOptions } from './validate-file';
import { runValidateRole } from './validate-isolated';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker-protocol';

// Worker entry (bundled as out/node/events-worker.js), in one of two roles:
// - build (default): builds the events of the jobs the pipeline sends, with its own hasher.
//   Raw cells arrive here and leave only as hashes.
// - validate: runs a whole `validate` (read, map, orchestrate build workers) in a bounded heap.

function buildRole(init: WorkerInit): void {
  const ctx = { ...init.ctx, hasher: fastHasher };
  parentPort?.on('message', (message: WorkerRequest) => {
    const seq = message.job.seq;
    let reply: WorkerReply;
    let transfer: ArrayBuffer[] = [];
    try {
      ({ packed: reply, transfer } = buildPacked(init.plan, ctx, message.job, init.withJson));
    } catch (error) {
      reply = { seq, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply, transfer);
  });
}

const data = workerData as (WorkerInit & { role?: undefined }) | { role: 'validate'; opts: PlainValidateOptions };
if (data.role === 'validate') void runValidateRole(data.opts, (message) => parentPort?.postMessage(message));
else buildRole(data);
