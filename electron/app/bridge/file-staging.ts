import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';

// A browser cannot hand the backend a file path, so the browser shell uploads the picked or
// dropped file's bytes to the bridge, which keeps a TEMPORARY COPY here until the bridge
// closes (and at process exit). The copy lives in the private data folder (0700 folders,
// 0600 files) rather than /tmp so that a copy left by a killed process is swept at the next
// start instead of lingering in a shared temp folder.

/** Staged copies of files, removed on close. */
export interface FileStaging {
  /** Folder of this run's copies. */
  readonly dir: string;
  /** Streams `body` into a private copy named after `name`; answers the copy's path. */
  stage(body: Readable, name: string): Promise<Result<{ path: string }>>;
  /** Deletes every copy of this run. */
  close(): void;
}

/** Keeps the last path segment, drops control and path characters, bounds the length. */
export function safeFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  // Control characters and the characters Windows forbids in names become '_'.
  const cleaned = [...last].map((ch) => (ch.charCodeAt(0) < 0x20 || ch === '\u007f' || '<>:"|?*'.includes(ch) ? '_' : ch)).join('').trim().slice(-200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'upload' : cleaned;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes run folders left by processes that no longer exist (crash, SIGKILL). */
export function sweepStaleStaging(root: string): void {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(entry.split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid)) {
      rmSync(join(root, entry), { recursive: true, force: true });
    }
  }
}

function sizeCap(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > maxBytes ? new RangeError('too large') : null, chunk);
    },
  });
}

/** Creates this run's staging folder under `root` (usually `<dataDir>/staging`). */
export function createFileStaging(root: string, maxBytes: number): FileStaging {
  mkdirSync(root, { recursive: true, mode: 0o700 });
  sweepStaleStaging(root);
  const dir = join(root, `${process.pid}-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { mode: 0o700 });
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', cleanup);
  let count = 0;
  return {
    dir,
    async stage(body, name) {
      // One sub-folder per copy keeps the user's file name (shown in the app) without clashes.
      const folder = join(dir, `${++count}-${randomBytes(4).toString('hex')}`);
      mkdirSync(folder, { mode: 0o700 });
      const path = join(folder, safeFileName(name));
      try {
        await pipeline(body, sizeCap(maxBytes), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
        return ok({ path });
      } catch (error) {
        rmSync(folder, { recursive: true, force: true });
        if (error instanceof RangeError) {
          const gb = (maxBytes / 1024 ** 3).toFixed(1);
          return err(appError('file', `The file is larger than ${gb} GB, the most the browser version can take.`));
        }
        return err(appError('file', 'The file could not be received completely. Please try again.'));
      }
    },
    close() {
      process.removeListener('exit', cleanup);
      cleanup();
    },
  };
}
