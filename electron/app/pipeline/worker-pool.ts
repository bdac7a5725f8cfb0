import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { JobRows } from './job-codec';
import { packJob, unpackReply } from './job-codec';
import type { BuiltItem, Job } from './prepared';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker-protocol';

interface Waiter {
  rows: JobRows;
  resolve: (items: BuiltItem[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  waiting: Map<number, Waiter>;
}

/** Where the bundled worker is: next to the CLI bundle, or out/node seen from out/main or the sources. */
export function findWorkerFile(): string | undefined {
  const candidates = [
    join(__dirname, 'events-worker.js'),
    join(__dirname, '../node/events-worker.js'),
    join(__dirname, '../../node/events-worker.js'),
    join(__dirname, '../../../out/node/events-worker.js'),
  ];
  return candidates.find((file) => existsSync(file));
}

/**
 * Heap of a builder. Nearly everything a job allocates dies with the job, so a roomy young
 * generation lets scavenges find little alive (16 MB cost ~3 µs/row more GC, in this thread
 * and V8's helpers). 64 MB young with a 128 MB old generation was 5-8% faster still, but let
 * garbage pile up to ~390 MB peak RSS for the process, too close to the 400 MB budget.
 */
const builderLimits = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 48 };

/** A few worker threads building events; jobs go to the least busy one. */
export class WorkerPool {
  private readonly slots: Slot[] = [];

  constructor(file: string, size: number, init: WorkerInit) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file, { workerData: init, resourceLimits: builderLimits });
      const slot: Slot = { worker, waiting: new Map() };
      worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
      worker.on('error', (error) => this.failAll(slot, error));
      worker.on('exit', (code) => code !== 0 && this.failAll(slot, new Error(`The event worker stopped (code ${code}).`)));
      this.slots.push(slot);
    }
  }

  /** Builds a job's events in a worker (the job travels packed; its rows stay here). */
  run(job: Job): Promise<BuiltItem[]> {
    const slot = this.slots.reduce((best, s) => (s.waiting.size < best.waiting.size ? s : best));
    const { packed, rows, transfer } = packJob(job);
    return new Promise((resolve, reject) => {
      slot.waiting.set(job.seq, { rows, resolve, reject });
      slot.worker.postMessage({ type: 'job', job: packed } satisfies WorkerRequest, transfer);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const waiter = slot.waiting.get(reply.seq);
    slot.waiting.delete(reply.seq);
    if (!waiter) return;
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve(unpackReply(reply, waiter.rows));
  }

  private failAll(slot: Slot, error: Error): void {
    for (const waiter of slot.waiting.values()) waiter.reject(error);
    slot.waiting.clear();
  }
}
