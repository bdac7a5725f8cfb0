import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

// The File step's "recent files": where a file was and when it was opened, never anything
// from inside it. Kept in the data folder as JSON, written atomically (a crash leaves the old
// list or the new one, not half of each).

/** One remembered file. */
export interface RecentFile {
  path: string;
  fileName: string;
  openedAt: number;
}

const fileSchema = z.object({ version: z.literal(1), files: z.array(z.object({ path: z.string(), fileName: z.string(), openedAt: z.number() })) });

/** Most recent first, one entry per path, at most `max`. */
export class RecentFiles {
  private readonly path: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string, private readonly now: () => number = Date.now, private readonly max = 10) {
    this.path = join(dataDir, 'recent-files.json');
  }

  private async read(): Promise<RecentFile[]> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      return parsed.success ? parsed.data.files : [];
    } catch {
      return [];
    }
  }

  /** Remembers that `path` was opened now (serialised: concurrent opens do not lose entries). */
  add(path: string): Promise<void> {
    const run = this.queue.then(async () => {
      const files = (await this.read()).filter((f) => f.path !== path);
      files.unshift({ path, fileName: basename(path), openedAt: this.now() });
      const body = { version: 1, files: files.slice(0, this.max) };
      await writeFileAtomic(this.path, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The remembered files that still exist. */
  async list(): Promise<RecentFile[]> {
    await this.queue;
    const files = await this.read();
    const exists = await Promise.all(files.map((f) => stat(f.path).then((s) => s.isFile(), () => false)));
    return files.filter((_, i) => exists[i]);
  }
}
