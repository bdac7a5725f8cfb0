import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { mappingSchema } from '../../shared/mapping';

// Where an upload job keeps its files: <dataDir>/uploads/<jobId>/ with job.json (what was
// asked: file path and fingerprint, account, mode, mapping) and journal.log. Nothing here holds
// personal data: no cell values, no hashed identifiers; the mapping holds column names and
// constants only.

/** Everything needed to run (or resume) a job, persisted as job.json. */
export const jobMetaSchema = z.object({
  jobId: z.string(),
  adAccountId: z.string(),
  test: z.boolean(),
  datasetPath: z.string(),
  fileName: z.string(),
  fingerprint: z.string(),
  rowCount: z.number().int(),
  mapping: mappingSchema,
  mappingHash: z.string(),
  createdAt: z.number(),
  force: z.boolean(),
  retryOfJobId: z.string().optional(),
  /** API base the job sends to (the ledger is kept per API base and account). */
  apiBaseUrl: z.string().default('https://api.pinterest.com/v5'),
  /** The connection that started the job (a resume signs with it again). */
  connectionId: z.string().optional(),
  /** Options the events were built with (time zone, default country...): a resume builds the same events. */
  buildOptions: z
    .object({ timezone: z.string().optional(), defaultCountry: z.string().optional(), maxEventAgeDays: z.number().optional(), accountCurrency: z.string().optional() })
    .default({}),
  /** How the file was read (detected or chosen by the user): a resume reads it the same way. */
  tableOptions: z
    .object({ encoding: z.string().optional(), delimiter: z.string().optional(), headerRow: z.number().int().optional(), sheet: z.string().optional() })
    .default({}),
});

/** A job's persisted description. */
export type JobMeta = z.infer<typeof jobMetaSchema>;

/** Folder of all jobs. */
export function uploadsDir(dataDir: string): string {
  return join(dataDir, 'uploads');
}

/** Paths of one job's files. */
export function jobPaths(dataDir: string, jobId: string) {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(jobId)) throw new Error('Not a job id.');
  const dir = join(uploadsDir(dataDir), jobId);
  return { dir, meta: join(dir, 'job.json'), journal: join(dir, 'journal.log'), delivered: join(dir, 'delivered.ids') };
}

/** Creates the job folder (0700) and writes job.json atomically. */
export async function writeJobMeta(dataDir: string, meta: JobMeta): Promise<void> {
  const paths = jobPaths(dataDir, meta.jobId);
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(paths.meta, JSON.stringify(meta), { mode: 0o600, fsync: true });
}

/** Reads job.json; undefined when missing or unreadable. */
export function readJobMeta(dataDir: string, jobId: string): JobMeta | undefined {
  try {
    const parsed = jobMetaSchema.safeParse(JSON.parse(readFileSync(jobPaths(dataDir, jobId).meta, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Ids of every job folder on disk. */
export function listJobIds(dataDir: string): string[] {
  try {
    return readdirSync(uploadsDir(dataDir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && /^[A-Za-z0-9_-]{1,100}$/.test(entry.name))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** Deletes a job's folder (journal, ids, meta). */
export function removeJob(dataDir: string, jobId: string): void {
  rmSync(jobPaths(dataDir, jobId).dir, { recursive: true, force: true });
}

/** Last change of a job's journal (ms), or undefined. */
export function journalTouchedAt(dataDir: string, jobId: string): number | undefined {
  try {
    return statSync(jobPaths(dataDir, jobId).journal).mtimeMs;
  } catch {
    return undefined;
  }
}
