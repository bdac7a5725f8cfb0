import { afterAll, beforeAll, beforeEach } from 'vitest';
import { join } from 'node:path';
import { silentLogger } from '../../../electron/core/ports';
import { ok } from '../../../electron/shared/result';
import { scanTable } from '../../../electron/app/files/scan-table';
import { createPinterestClient } from '../../../electron/app/pinterest/pinterest-client';
import type { TokenSource } from '../../../electron/app/pinterest/token-source';
import { staticTokenSource } from '../../../electron/app/pinterest/token-source';
import type { EnginePolicy, ItemStream, UploadItem } from '../../../electron/app/upload/engine-types';
import { enginePolicy } from '../../../electron/app/upload/engine-policy';
import { openJobItems } from '../../../electron/app/upload/file-items';
import type { JobManagerDeps } from '../../../electron/app/upload/job-manager';
import { JobManager } from '../../../electron/app/upload/job-manager';
import type { UploadProgress } from '../../../electron/app/upload/job-progress';
import type { LimiterSettings } from '../../../electron/app/upload/shared-limiters';
import type { Sandbox, SandboxOptions } from '../../../electron/sandbox/sandbox';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import type { Mapping } from '../../../electron/shared/mapping';
import { tempDir, testMapping } from './upload-fixtures';

// Wires a JobManager to a real sandbox over 127.0.0.1 with the real Pinterest client, the real
// file readers and mapping pipeline: the same parts the app and the CLI use.

/** Options of a test manager. */
export interface HarnessOptions {
  dataDir: string;
  tokens?: TokenSource;
  timeoutMs?: number;
  policy?: Partial<EnginePolicy>;
  limits?: Partial<LimiterSettings>;
  progress?: UploadProgress[];
  /** Items (by ordinal) to poison with a key Pinterest refuses (the whole request gets a 400). */
  poison?: (ordinal: number) => boolean;
}

function poisoned(stream: ItemStream, poison: (ordinal: number) => boolean): ItemStream {
  return async function* (signal) {
    let ordinal = 0;
    for await (const chunk of stream(signal)) {
      const items = chunk.items.map((item) => {
        const bad = poison(ordinal++) && item.event;
        return bad ? { ...item, event: { ...(item.event as object), custom_data: { category_name: 'shoes' } } } : item;
      });
      yield { items };
    }
  };
}

/** Fast retries for tests (the policy's shape is unchanged; only the waits are short). */
export const fastRetries: Partial<EnginePolicy> = {
  backoff: { baseMs: 5, capMs: 50, maxRetryAfterMs: 100 },
  budget: { maxAttemptsPerBatch: 12, maxRetryWaitMs: 60_000 },
};

/** A manager talking to the sandbox. */
export function sandboxManager(sandbox: Sandbox, opts: HarnessOptions): { manager: JobManager; close(): void } {
  const client = createPinterestClient({ baseUrl: sandbox.baseUrl, tokens: opts.tokens ?? staticTokenSource(sandbox.conversionToken), timeoutMs: opts.timeoutMs ?? 10_000 });
  const deps: JobManagerDeps = {
    dataDir: opts.dataDir,
    log: silentLogger,
    clock: Date.now,
    random: Math.random,
    policy: enginePolicy({ ...fastRetries, ...opts.policy }),
    limits: opts.limits,
    openItems: async (meta) => {
      const opened = await openJobItems(meta, { workers: 0 });
      return opened.ok && opts.poison ? ok(poisoned(opened.value, opts.poison)) : opened;
    },
    sender: () => ok(client),
    onProgress: (p) => opts.progress?.push(p),
  };
  return { manager: new JobManager(deps), close: () => client.close() };
}

/** The start request for a generated file. */
export async function startRequest(path: string, adAccountId: string, test: boolean, mapping: Mapping = testMapping, baseUrl = 'http://127.0.0.1/v5') {
  const scanned = await scanTable(path);
  const { info } = scanned;
  return { adAccountId, test, datasetPath: path, fileName: info.fileName, fingerprint: info.fingerprint, rowCount: info.rowCount, mapping, buildOptions: { timezone: 'UTC' }, apiBaseUrl: baseUrl };
}

/** Starts a job and waits for its run to end. */
export async function runToEnd(manager: JobManager, request: Parameters<JobManager['start']>[0]): Promise<UploadProgress> {
  const started = await manager.start(request);
  if (!started.ok) throw new Error(`start failed: ${started.error.message}`);
  const done = await manager.wait(started.value.jobId);
  if (!done) throw new Error('no job');
  return done;
}

/** Path of a data folder file. */
export function dataPath(dataDir: string, ...parts: string[]): string {
  return join(dataDir, ...parts);
}

/** The job's items re-derived from its file (ordinal = index), to join results to event ids. */
export async function deriveItems(manager: JobManager, jobId: string): Promise<UploadItem[]> {
  const job = manager.get(jobId);
  if (!job) throw new Error('no job');
  const stream = await openJobItems(job.meta, { workers: 0 });
  if (!stream.ok) throw new Error(stream.error.message);
  const items: UploadItem[] = [];
  for await (const chunk of stream.value(new AbortController().signal)) items.push(...chunk.items);
  return items;
}

/** Event ids of a job's items by final code (1 sent, 2 rejected, 3 possibly sent...). */
export async function idsByCode(manager: JobManager, jobId: string): Promise<Map<number, Set<string>>> {
  const items = await deriveItems(manager, jobId);
  const codes = manager.get(jobId)?.codes;
  const out = new Map<number, Set<string>>();
  items.forEach((item, ordinal) => {
    const code = codes?.get(ordinal) ?? 0;
    if (!out.has(code)) out.set(code, new Set());
    out.get(code)!.add(item.eventId);
  });
  return out;
}

/**
 * One sandbox for a whole test file (faults and records cleared before each test), a temporary
 * folder, and a fresh data folder per call of `dataDir`; all closed and removed after the file.
 */
export function sharedSandbox(options: SandboxOptions = {}, tmpPrefix?: string): { readonly sandbox: Sandbox; tmp: ReturnType<typeof tempDir>; dataDir(): string } {
  let sandbox: Sandbox | undefined;
  const tmp = tempDir(tmpPrefix);
  let n = 0;
  beforeAll(async () => {
    sandbox = await startSandbox(options);
  });
  beforeEach(() => {
    sandbox?.faults.clear();
    sandbox?.received.clear();
  });
  afterAll(async () => {
    await sandbox?.close();
    tmp.cleanup();
  });
  return {
    get sandbox() {
      if (!sandbox) throw new Error('The sandbox starts before the first test.');
      return sandbox;
    },
    tmp,
    dataDir: () => `${tmp.dir}/data${++n}`,
  };
}
