import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

// `<dataDir>/account-choices.json`: the last ad account chosen per signed-in user. Users are
// identified by a hash (ConnectionHandle.userKey), so the file holds no names and no secrets.

const fileSchema = z.object({ version: z.literal(1), byUser: z.record(z.string(), z.string().regex(/^\d{1,18}$/)) });

/** Remembers the last chosen ad account per user. */
export interface LastChoiceStore {
  get(userKey: string): Promise<string | undefined>;
  set(userKey: string, adAccountId: string): Promise<void>;
  /** Forgets a user (sign-out). */
  forget(userKey: string): Promise<void>;
}

/** The store of a data folder (a damaged file counts as empty). */
export function lastChoiceStore(dataDir: string): LastChoiceStore {
  const path = join(dataDir, 'account-choices.json');
  async function load(): Promise<Record<string, string>> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success ? { ...parsed.data.byUser } : {};
    } catch {
      return {};
    }
  }
  async function save(byUser: Record<string, string>): Promise<void> {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(path, `${JSON.stringify({ version: 1, byUser }, null, 2)}\n`, { mode: 0o600 });
  }
  return {
    async get(userKey) {
      return (await load())[userKey];
    },
    async set(userKey, adAccountId) {
      const byUser = await load();
      byUser[userKey] = adAccountId;
      await save(byUser);
    },
    async forget(userKey) {
      const byUser = await load();
      if (!(userKey in byUser)) return;
      delete byUser[userKey];
      await save(byUser);
    },
  };
}
