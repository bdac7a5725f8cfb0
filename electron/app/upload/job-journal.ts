import { readFileSync, renameSync, openSync, writeSync, fsyncSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HeaderRecord, JournalRecord } from '../../core/upload/journal-records';
import { decodeJournal, encodeRecord } from '../../core/upload/journal-records';
import type { ReplayedJob } from '../../core/upload/journal-replay';
import { replayJournal } from '../../core/upload/journal-replay';
import { DurableAppender } from './durable-file';

// One job's write-ahead journal on disk (REL-05). `commit()` is the durability point the
// engine awaits before every send; acks are appended and reach the disk with the next commit
// (or the lazy timer), which is safe: an ack lost in a crash only turns "sent" into "possibly
// sent", never the other way round.

/** How long an appended ack may wait for a commit. */
const lazyCommitMs = 200;

/** An open journal. */
export class JobJournal {
  private timer: NodeJS.Timeout | undefined;
  private failure: unknown;

  private constructor(
    readonly path: string,
    private readonly file: DurableAppender,
  ) {}

  /** Creates a new journal whose first line is `header` (durable on return, its folder entry too). */
  static async create(path: string, header: HeaderRecord): Promise<JobJournal> {
    const journal = new JobJournal(path, await DurableAppender.open(path));
    journal.append(header);
    await journal.commit();
    syncFolder(dirname(path));
    return journal;
  }

  /** Opens an existing journal for more records. */
  static async reopen(path: string): Promise<JobJournal> {
    return new JobJournal(path, await DurableAppender.open(path));
  }

  /** Appends a record (durable at the next commit). */
  append(record: JournalRecord): void {
    this.file.append(encodeRecord(record));
  }

  /** Makes everything appended so far durable. */
  async commit(): Promise<void> {
    if (this.failure) throw this.failure;
    await this.file.flush();
  }

  /** Commits within a short delay, batching many acks into one fdatasync. */
  commitSoon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.file.flush().catch((error: unknown) => {
        this.failure = error;
      });
    }, lazyCommitMs);
    this.timer.unref?.();
  }

  /** fdatasync calls so far. */
  get syncs(): number {
    return this.file.syncs;
  }

  /** Commits and closes. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.file.close();
  }
}

/** What reading a journal found. */
export type JournalRead =
  | { ok: true; job: ReplayedJob; torn: boolean }
  | { ok: false; reason: 'missing' | 'damaged' | 'no-header' };

/** Reads and replays a journal file. */
export function readJournal(path: string): JournalRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, reason: 'missing' };
  }
  const decoded = decodeJournal(text);
  if (decoded.damaged > 0) return { ok: false, reason: 'damaged' };
  const job = replayJournal(decoded.records);
  return job ? { ok: true, job, torn: decoded.torn } : { ok: false, reason: 'no-header' };
}

/** Replaces a journal by `records` atomically (write temp, fsync, rename, fsync the folder). */
export function rewriteJournal(path: string, records: readonly JournalRecord[]): void {
  const temp = join(dirname(path), `.journal.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, records.map(encodeRecord).join(''));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  syncFolder(dirname(path));
}

/** fsyncs a folder so a new or renamed entry survives a power cut (best effort: not every platform can). */
export function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; there the rename itself is atomic.
  }
}
