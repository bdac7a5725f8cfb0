import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { compileMapping } from '../../core/mapping/compile-mapping';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import { toFileAppError } from '../files/file-error';
import { asCsvTable } from '../files/csv-table';
import { openTable } from '../files/open-table';
import { prepareEvents } from '../pipeline/prepare-events';
import { systemTimezone } from '../pipeline/table-samples';
import { teeRows } from '../report/report-writer';
import type { ItemStream } from './engine-types';
import type { JobMeta } from './job-files';

// Turns a job's file + mapping into the engine's item stream: the same file (checked by its
// fingerprint), read the same way, mapped the same way, built with the same options: so a
// resume re-derives exactly the events of the first run and no payload needs to be stored.

/** `size:sha256` of a file's bytes, as the dataset scan computes it. */
export async function fileFingerprint(path: string): Promise<string> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    size += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return `${size}:${hash.digest('hex')}`;
}

/** Options of openJobItems. */
export interface JobItemsOptions {
  /** Worker threads for building events (default: the pipeline's choice). */
  workers?: number;
  /** "Now" for the event-time window (default: the clock at each run). */
  now?: () => number;
  /** Keeps every raw row read, by line, for the report writer to join back. */
  tap?: Map<number, readonly string[]>;
}

/** Opens the job's file and returns its item stream; refuses a file that changed. */
export async function openJobItems(meta: JobMeta, options: JobItemsOptions = {}): Promise<Result<ItemStream>> {
  const name = basename(meta.datasetPath);
  let fingerprint: string;
  try {
    fingerprint = await fileFingerprint(meta.datasetPath);
  } catch (error) {
    return err(toFileAppError(meta.datasetPath, error));
  }
  if (fingerprint !== meta.fingerprint) {
    return err(appError('file', `"${name}" changed since this upload started, so its rows cannot be matched to what was sent. Start a new upload of the new file instead.`, { file: name }));
  }
  try {
    const opened = await openTable(meta.datasetPath, meta.tableOptions);
    const table = options.tap ? teeRows(opened, options.tap) : opened;
    const compiled = compileMapping(meta.mapping, table.columns);
    if (!compiled.plan) return err(appError('validation', `The mapping cannot be used with "${name}": ${compiled.issues.map((i) => i.message).join(' ')}`));
    const plan = compiled.plan;
    const build = meta.buildOptions;
    return ok((signal) => {
      const ctx = {
        now: options.now?.() ?? Date.now(),
        timezone: plan.timezone ?? build.timezone ?? systemTimezone(),
        defaultCountry: plan.defaultCountry ?? build.defaultCountry,
        maxEventAgeDays: plan.maxEventAgeDays ?? build.maxEventAgeDays ?? 7,
        accountCurrency: build.accountCurrency,
      };
      // Without a tap the workers may read the CSV in ranges themselves (the tap must see every row here).
      const csvTable = options.tap ? undefined : asCsvTable(opened);
      return prepareEvents(table, plan, ctx, { signal, workers: options.workers, rowCountHint: meta.rowCount, csvTable });
    });
  } catch (error) {
    return err(toFileAppError(meta.datasetPath, error));
  }
}
