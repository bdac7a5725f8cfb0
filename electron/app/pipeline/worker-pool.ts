import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PackedReply } from './job-codec';
import { packJob, unpackReply } from './job-codec';
import type { BuiltItem, Job } from './prepared';
import type { RangeJob, RangeReply } from './range-job';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker-protocol';

interface Waiter {
  resolve: (reply: PackedReply) => void;
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
 * generation lets scavenges find little alive. V8 sizes semi-spaces in powers of two: 48 MB
 * young is 16 MB semi-spaces; 64-96 MB young (32 MB) was another 4-7% faster on 1M rows but
 * took the process to 385-420 MB peak RSS, over the 400 MB budget. The old generation may
 * grow to 128 MB: with a 64 MB cap V8 collected it far more often (1M rows 10.6 s vs 9.9 s).
 */
const builderLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48 };

/** A few worker threads building events; jobs go to the least busy one. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  /** Replies are matched by this number, unique over the pool's life (jobs and ranges alike). */
  private nextSeq = 0;

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
    const { packed, rows, transfer } = packJob(job);
    packed.seq = this.nextSeq++;
    return this.send({ type: 'job', job: packed }, transfer).then((reply) => unpackReply(reply, rows));
  }

  /** Reads and builds a range of the CSV file the workers were given (its bytes are moved, not copied). */
  runRange(range: RangeJob['range']): Promise<RangeReply> {
    const job: RangeJob = { seq: this.nextSeq++, range };
    return this.send({ type: 'range', job }, [range.bytes.buffer as ArrayBuffer]) as Promise<RangeReply>;
  }

  private send(request: WorkerRequest, transfer: ArrayBuffer[]): Promise<PackedReply> {
    const slot = this.slots.reduce((best, s) => (s.waiting.size < best.waiting.size ? s : best));
    return new Promise((resolve, reject) => {
      slot.waiting.set(request.job.seq, { resolve, reject });
      slot.worker.postMessage(request, transfer);
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
    else waiter.resolve(reply);
  }

  private failAll(slot: Slot, error: Error): void {
    for (const waiter of slot.waiting.values()) waiter.reject(error);
    slot.waiting.clear();
  }
}
