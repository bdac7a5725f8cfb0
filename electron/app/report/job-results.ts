import type { ItemCodes } from '../../core/upload/item-codes';
import { fromRanges, itemCode } from '../../core/upload/item-codes';
import { possiblySentMessage } from '../upload/batch-delivery';
import type { Problem, UploadItem } from '../upload/engine-types';
import { jobPaths } from '../upload/job-files';
import { readJournal } from '../upload/job-journal';
import type { JobHandle } from '../upload/job-progress';
import type { ReportVerdict } from './report-writer';
import { statusWords } from './report-writer';

// A job's per-item results, from memory (the run of this process) or from its journal on disk,
// worded for the report. Invalid and duplicate rows are worded from the re-derived items, so
// the messages that quote cell values are never read from disk: they are rebuilt from the file.

/** What the report needs to know about each item of a job. */
export interface JobResults {
  code(ordinal: number): number;
  message(ordinal: number): string | undefined;
  resent(ordinal: number): boolean;
}

/** Results of a job; undefined when neither memory nor the journal has them. */
export function jobResults(dataDir: string, job: JobHandle): JobResults | undefined {
  if (job.codes && job.problems) return fromMemory(job.codes, job.problems, job.resent ?? new Set());
  const read = readJournal(jobPaths(dataDir, job.meta.jobId).journal);
  if (!read.ok) return undefined;
  const replayed = read.job;
  const resent = new Set(fromRanges(replayed.snapshot?.resent ?? []));
  return {
    code: (o) => replayed.codes.get(o),
    message: (o) => replayed.rejectMessages.get(o) ?? replayed.warnings.get(o),
    resent: (o) => resent.has(o),
  };
}

function fromMemory(codes: ItemCodes, problems: Map<number, Problem>, resent: Set<number>): JobResults {
  return { code: (o) => codes.get(o), message: (o) => problems.get(o)?.message, resent: (o) => resent.has(o) };
}

/** The report's status and message for one item. */
export function verdictFor(results: JobResults, item: UploadItem, ordinal: number): ReportVerdict {
  if (item.status === 'duplicate') return { status: 'duplicate', message: 'Same event as an earlier row of the file: sent once, with that row.' };
  if (item.status === 'invalid' || item.event === undefined) {
    return { status: 'invalid', message: item.issues.filter((i) => i.severity === 'error').map((i) => i.message).join(' ') || 'Not valid.' };
  }
  const code = results.code(ordinal);
  const status = statusWords[code] ?? 'pending';
  const stored = results.message(ordinal);
  switch (code) {
    case itemCode.sent:
      if (results.resent(ordinal)) return { status, message: 'Sent again after a lost answer (you agreed): Pinterest may count it twice.' };
      return { status, message: stored ?? '' };
    case itemCode.rejected:
      return { status, message: stored ?? 'Pinterest did not process this event.' };
    case itemCode.inflight:
      return { status, message: stored ?? possiblySentMessage };
    case itemCode.skipped:
      return { status, message: 'Already sent in an earlier upload; not sent again.' };
    case itemCode.excluded:
      return { status, message: 'Delivered by the upload being retried; not sent again.' };
    default:
      return { status, message: 'Not sent: the upload was paused or cancelled before this row.' };
  }
}
