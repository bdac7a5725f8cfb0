import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import { suggestMapping } from '../../core/mapping/auto/suggest-mapping';
import { compileMapping } from '../../core/mapping/compile-mapping';
import type { CompiledPlan, MappingIssue } from '../../core/mapping/plan';
import type { Mapping } from '../../shared/mapping';
import { asCsvTable } from '../files/csv-table';
import { openTable } from '../files/open-table';
import { toFileAppError } from '../files/file-error';
import type { Table } from '../files/table-types';
import { prepareEvents } from './prepare-events';
import { readMappingFile, sampleColumns, systemTimezone } from './table-samples';
import { Tally } from './tally';
import type { TallySummary } from './tally';

/** What `validate` needs to know. */
export interface ValidateFileOptions {
  file: string;
  mappingPath?: string;
  timezone?: string;
  defaultCountry?: string;
  eventsOut?: string;
  /** Unix ms taken as "now" for the event-time window (default: the clock). */
  now?: number;
  maxEventAgeDays?: number;
  workers?: number;
  keepIssues?: number;
  signal?: AbortSignal;
  onProgress?: (rows: number) => void;
}

/** Options that can cross to a worker thread (no functions, no signal). */
export type PlainValidateOptions = Omit<ValidateFileOptions, 'signal' | 'onProgress'>;

/** Outcome of validating a file: the counts, or a fatal problem (unreadable file, broken mapping). */
export type ValidateFileResult =
  | { ok: true; summary: TallySummary; mapping: Mapping; mappingIssues: MappingIssue[] }
  | { ok: false; error: string; mappingIssues?: MappingIssue[] };

async function mappingFor(table: Table, opts: ValidateFileOptions): Promise<{ mapping: Mapping } | { error: string }> {
  if (opts.mappingPath) return readMappingFile(opts.mappingPath);
  const samples = await sampleColumns(table, table.columns);
  return { mapping: suggestMapping({ columns: table.columns, samples }).mapping };
}

function withOverrides(mapping: Mapping, opts: ValidateFileOptions): Mapping {
  const options = { ...mapping.options };
  if (opts.timezone) options.timezone = opts.timezone;
  if (opts.defaultCountry) options.defaultCountry = opts.defaultCountry.toUpperCase();
  return { ...mapping, options };
}

async function writeLine(out: WriteStream, line: string): Promise<void> {
  if (!out.write(line)) await once(out, 'drain');
}

async function run(table: Table, plan: CompiledPlan, opts: ValidateFileOptions, tally: Tally): Promise<void> {
  const out = opts.eventsOut ? createWriteStream(opts.eventsOut, { encoding: 'utf8' }) : undefined;
  const ctx = { now: opts.now ?? Date.now(), timezone: plan.timezone ?? systemTimezone(), maxEventAgeDays: opts.maxEventAgeDays ?? 7 };
  const prepare = { signal: opts.signal, workers: opts.workers, eventJson: out !== undefined, rowCountHint: Math.round(table.sizeBytes / 150), csvTable: asCsvTable(table), onProgress: (p: { rowsDone: number }) => opts.onProgress?.(p.rowsDone) };
  try {
    for await (const chunk of prepareEvents(table, plan, ctx, prepare)) {
      let lines = '';
      for (const item of chunk.items) {
        tally.add(item);
        if (out && item.eventJson !== undefined) lines += `${item.eventJson}\n`;
      }
      if (out && lines !== '') await writeLine(out, lines);
    }
  } finally {
    if (out) {
      out.end();
      await once(out, 'close');
    }
  }
}

/** Reads a file, maps it (given or suggested mapping), builds every event and counts the verdicts. */
export async function validateFile(opts: ValidateFileOptions): Promise<ValidateFileResult> {
  let table: Table;
  try {
    table = await openTable(opts.file);
  } catch (error) {
    return { ok: false, error: toFileAppError(opts.file, error).message };
  }
  const chosen = await mappingFor(table, opts);
  if ('error' in chosen) return { ok: false, error: chosen.error };
  const mapping = withOverrides(chosen.mapping, opts);
  const compiled = compileMapping(mapping, table.columns);
  if (!compiled.plan) return { ok: false, error: 'The mapping cannot be used with this file.', mappingIssues: compiled.issues };
  const tally = new Tally(opts.keepIssues);
  try {
    await run(table, compiled.plan, opts, tally);
  } catch (error) {
    return { ok: false, error: toFileAppError(opts.file, error).message };
  }
  return { ok: true, summary: tally.summary(), mapping, mappingIssues: compiled.issues };
}
