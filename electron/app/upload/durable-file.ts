import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';

// An append-only file with group commit: callers append in memory and ask for durability with
// flush(); every flush resolves only after the bytes appended before it are written AND
// fdatasync'd. Concurrent flushes share one write+fdatasync, which is what keeps a journal
// that syncs before every send fast with 8 requests in flight.

/** Append-only file whose flush() means "on disk". */
export class DurableAppender {
  private pending: Buffer[] = [];
  private tail: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  private closed = false;
  /** fdatasync calls made (for tests and the bench). */
  syncs = 0;

  private constructor(private readonly handle: FileHandle) {}

  /** Opens (creating, mode 0600) a file for appending. */
  static async open(path: string): Promise<DurableAppender> {
    return new DurableAppender(await open(path, 'a', 0o600));
  }

  /** Queues bytes; they reach the disk at the next flush(). */
  append(data: string | Buffer): void {
    if (this.closed) throw new Error('The file is closed.');
    this.pending.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }

  /** Resolves once everything appended so far is durable. */
  flush(): Promise<void> {
    if (this.queued) return this.queued;
    const round = this.tail.then(() => {
      this.queued = undefined;
      return this.writeAndSync();
    });
    this.queued = round;
    this.tail = round.catch(() => {});
    return round;
  }

  /** Flushes and closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      await this.handle.close();
    }
  }

  private async writeAndSync(): Promise<void> {
    if (this.pending.length === 0) return;
    const data = Buffer.concat(this.pending);
    this.pending = [];
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await this.handle.write(data, offset, data.length - offset);
      offset += bytesWritten;
    }
    await this.handle.datasync();
    this.syncs++;
  }
}
