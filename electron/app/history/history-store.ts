import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { historyEntrySchema } from '../../shared/views';

// Upload history: one small JSON file per job under <dataDir>/history, rewritten atomically at
// every state change. It holds when, which file (name + fingerprint), which account, test or
// live, the counts and the duration: never a cell value, a hashed identifier or a token.

/** One past upload. */
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Most entries kept (the oldest are dropped beyond it). */
export const maxHistoryEntries = 1000;

function historyDir(dataDir: string): string {
  return join(dataDir, 'history');
}

/** Writes (or replaces) the entry of a job. */
export async function recordHistory(dataDir: string, entry: HistoryEntry): Promise<void> {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(entry.jobId)) throw new Error('Not a job id.');
  const dir = historyDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const clean = historyEntrySchema.parse(entry);
  await writeFileAtomic(join(dir, `${entry.jobId}.json`), JSON.stringify(clean), { mode: 0o600, fsync: true });
}

/** Every entry, newest first (unreadable files are skipped); prunes beyond maxHistoryEntries. */
export function listHistory(dataDir: string): HistoryEntry[] {
  const dir = historyDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const entries: HistoryEntry[] = [];
  for (const name of names) {
    try {
      const parsed = historyEntrySchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (parsed.success) entries.push(parsed.data);
    } catch {
      // A half-written file cannot exist (atomic writes); anything else unreadable is skipped.
    }
  }
  entries.sort((a, b) => b.startedAt - a.startedAt);
  for (const old of entries.splice(maxHistoryEntries)) rmSync(join(dir, `${old.jobId}.json`), { force: true });
  return entries;
}
