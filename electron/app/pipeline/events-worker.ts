import { parentPort, workerData } from 'node:worker_threads';
import { buildJob } from './build-job';
import { fastHasher } from './fast-hasher';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker-protocol';

// Worker entry (bundled as out/node/events-worker.js): builds the events of the jobs the main
// thread sends, with its own hasher. Raw cells arrive here and never leave except as hashes.
const init = workerData as WorkerInit;
const ctx = { ...init.ctx, hasher: fastHasher };

parentPort?.on('message', (message: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq: message.job.seq, items: buildJob(init.plan, ctx, message.job) };
  } catch (error) {
    reply = { seq: message.job.seq, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
