import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { authMethodSchema } from '../../shared/views';

// The list of saved connections, WITHOUT secrets: `<dataDir>/connections.json`. Secrets live in
// the SecretStore under `conn-<id>`; session-only connections are never written here.

/** One connection as the backend keeps it. */
export const connectionRecordSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  method: authMethodSchema,
  accountName: z.string(),
  adAccountId: z.string().optional(),
  persistent: z.boolean(),
  expiresAt: z.number().optional(),
  needsSignIn: z.boolean().optional(),
  /** Identifies the signed-in user for "last chosen ad account" (a hash, no name). */
  userKey: z.string(),
  /** API base for this connection (sandbox connections point at the embedded sandbox). */
  apiBaseUrl: z.string().optional(),
  createdAt: z.number(),
});

/** A connection without its secret. */
export type ConnectionRecord = z.infer<typeof connectionRecordSchema>;

/** The secret of a connection, stored as one JSON value so a rotation is one atomic write. */
export const connectionSecretSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1).optional(),
  /** Unix ms. */
  expiresAt: z.number().optional(),
  refreshExpiresAt: z.number().optional(),
  scope: z.string().optional(),
});

/** Tokens of one connection. */
export type ConnectionSecret = z.infer<typeof connectionSecretSchema>;

/** A new connection to keep (SessionManager.add). */
export interface NewConnection {
  method: z.infer<typeof authMethodSchema>;
  accountName: string;
  adAccountId?: string;
  apiBaseUrl: string;
  secret: ConnectionSecret;
  /** Identity used to recognise the same user again (username or ad account id); hashed. */
  identity: string;
  /** False for sandbox connections: the sandbox's tokens die with it. */
  persist: boolean;
}

const indexSchema = z.object({
  version: z.literal(1),
  activeId: z.string().optional(),
  insecureOptIn: z.boolean().default(false),
  connections: z.array(connectionRecordSchema),
});

/** The saved index. */
export type ConnectionIndex = z.infer<typeof indexSchema>;

/** The secret-store key of a connection. */
export function secretKeyOf(connectionId: string): string {
  return `conn-${connectionId}`;
}

/** Reads and writes connections.json. */
export interface ConnectionIndexFile {
  /** The saved index; an empty one when missing or damaged (damage is reported, never fatal). */
  load(): Promise<{ index: ConnectionIndex; damaged: boolean }>;
  save(index: ConnectionIndex): Promise<void>;
}

/** The index file of a data folder. */
export function connectionIndexFile(dataDir: string): ConnectionIndexFile {
  const path = join(dataDir, 'connections.json');
  const empty = (): ConnectionIndex => ({ version: 1, insecureOptIn: false, connections: [] });
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        return { index: empty(), damaged: (error as NodeJS.ErrnoException).code !== 'ENOENT' };
      }
      try {
        const parsed = indexSchema.safeParse(JSON.parse(text));
        if (parsed.success) return { index: parsed.data, damaged: false };
      } catch {
        // fall through: damaged
      }
      return { index: empty(), damaged: true };
    },
    async save(index) {
      const saved: ConnectionIndex = { ...index, connections: index.connections.filter((c) => c.persistent) };
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(path, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
    },
  };
}
