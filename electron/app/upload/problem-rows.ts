import type { z } from 'zod';
import type { problemRowSchema } from '../../shared/contract';
import type { Problem } from './engine-types';
import { jobPaths } from './job-files';
import { readJournal } from './job-journal';
import type { JobHandle } from './job-progress';
import { problemsFromSnapshot } from './job-snapshot';

// The results table's problem rows: from the run of this process (full messages) or, after a
// restart, from the compacted journal (invalid rows then say "see the report": their full
// message quotes the cell and is never written to disk).

/** One problem row as the contract shows it. */
export type ProblemRow = z.infer<typeof problemRowSchema>;

/** Problems of a job, one entry per row, in row order. */
export function problemRows(dataDir: string, job: JobHandle): ProblemRow[] {
  let problems: Problem[];
  if (job.problems) problems = [...job.problems.values()];
  else {
    const read = readJournal(jobPaths(dataDir, job.meta.jobId).journal);
    problems = read.ok ? problemsFromSnapshot(read.job) : [];
  }
  const rows: ProblemRow[] = [];
  for (const p of problems) {
    for (const row of p.rows) {
      const entry: ProblemRow = { row, status: p.status, message: p.message };
      if (p.eventId !== undefined) entry.eventId = p.eventId;
      if (p.column !== undefined) entry.column = p.column;
      rows.push(entry);
    }
  }
  return rows.sort((a, b) => a.row - b.row);
}

/** One page of problem rows. */
export function problemPage(dataDir: string, job: JobHandle, offset: number, limit: number): { total: number; rows: ProblemRow[] } {
  const all = problemRows(dataDir, job);
  return { total: all.length, rows: all.slice(offset, offset + limit) };
}
