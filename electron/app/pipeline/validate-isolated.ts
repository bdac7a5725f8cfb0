import { Worker } from 'node:worker_threads';
import type { PlainValidateOptions, ValidateFileOptions, ValidateFileResult } from './validate-file';
import { validateFile } from './validate-file';
import { findWorkerFile } from './worker-pool';

/** Messages of the validate role of the events worker. */
export type ValidateWorkerMessage = { type: 'progress'; rows: number } | { type: 'done'; result: ValidateFileResult };

/**
 * Heap of the thread that reads and orchestrates: bounded, so a million rows stay in budget.
 * When the build workers read the CSV themselves (files/csv-ranges) this thread only finds
 * record ends and counts verdicts: a 16 MB young generation does (16, 32 and 64 measured the
 * same within noise, and 64 costs ~30 MB of peak RSS). Rows read here in one pass (XLSX,
 * mergeRowsBy) die young too.
 */
const orchestratorLimits = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/**
 * Validates a file in a worker thread with a bounded heap (reading, mapping and orchestrating
 * the build workers all happen there), so this thread stays small and peak memory predictable.
 * Falls back to this thread when the worker bundle is not built (tests from sources).
 */
export async function validateFileIsolated(opts: ValidateFileOptions): Promise<ValidateFileResult> {
  // From sources (tests) the bundle may be stale: isolate only when running as a bundle ourselves.
  const file = __filename.endsWith('.js') ? findWorkerFile() : undefined;
  if (!file) return validateFile(opts);
  const { signal, onProgress, ...plain } = opts;
  const worker = new Worker(file, { workerData: { role: 'validate', opts: plain satisfies PlainValidateOptions }, resourceLimits: orchestratorLimits });
  const stop = () => void worker.terminate();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await new Promise<ValidateFileResult>((resolve) => {
      worker.on('message', (message: ValidateWorkerMessage) => {
        if (message.type === 'progress') onProgress?.(message.rows);
        else resolve(message.result);
      });
      worker.on('error', (error) => resolve({ ok: false, error: `Validation stopped: ${error.message}` }));
      worker.on('exit', (code) => resolve({ ok: false, error: signal?.aborted ? 'Validation was cancelled.' : `Validation stopped unexpectedly (code ${code}).` }));
    });
  } finally {
    signal?.removeEventListener('abort', stop);
    await worker.terminate();
  }
}

/** The validate role, run inside the worker. */
export async function runValidateRole(opts: PlainValidateOptions, post: (message: ValidateWorkerMessage) => void): Promise<void> {
  // A message per job is far more than a progress line needs: one per 20,000 rows.
  let next = 0;
  const onProgress = (rows: number) => {
    if (rows < next) return;
    next = rows + 20_000;
    post({ type: 'progress', rows });
  };
  const result = await validateFile({ ...opts, onProgress });
  post({ type: 'done', result });
}
