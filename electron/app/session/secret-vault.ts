import type { Logger } from '../../core/ports';
import type { ConnectionRecord, ConnectionSecret } from './connection-index';
import { connectionSecretSchema, secretKeyOf } from './connection-index';
import type { SecretStore } from './secret-store';
import { createMemorySecretStore, SecretUnreadableError } from './secret-store';

/**
 * Connection secrets with the storage policy (CRED-02): a connection is persistent only when a
 * persistent store exists and is secure, or the user opted in after the warning; otherwise its
 * secret stays in memory for this session. Secrets are cached in memory once read.
 */
export class SecretVault {
  private readonly memory = createMemorySecretStore();
  private readonly cache = new Map<string, ConnectionSecret>();

  constructor(
    private readonly persistentStore: SecretStore | undefined,
    private readonly log: Logger,
  ) {}

  /** The backend shown to the user ('memory' when nothing can persist). */
  get backend(): string {
    return this.persistentStore?.backend ?? 'memory';
  }

  /** Whether the persistent backend is OS-protected. */
  get secure(): boolean {
    return this.persistentStore?.secure ?? false;
  }

  /** Whether a new secret may be written to disk. */
  canPersist(insecureOptIn: boolean): boolean {
    return this.persistentStore !== undefined && (this.persistentStore.secure || insecureOptIn);
  }

  private storeFor(record: Pick<ConnectionRecord, 'persistent'>): SecretStore {
    return record.persistent && this.persistentStore ? this.persistentStore : this.memory;
  }

  /** The cached secret (no I/O), for token sources. */
  cached(connectionId: string): ConnectionSecret | undefined {
    return this.cache.get(connectionId);
  }

  /** Reads a secret; 'unreadable' when it cannot be decrypted or parsed (never a plaintext fallback). */
  async read(record: ConnectionRecord): Promise<ConnectionSecret | 'missing' | 'unreadable'> {
    const hit = this.cache.get(record.id);
    if (hit) return hit;
    let text: string | undefined;
    try {
      text = await this.storeFor(record).get(secretKeyOf(record.id));
    } catch (error) {
      if (!(error instanceof SecretUnreadableError)) this.log.error('secret store read failed', { connection: record.id });
      return 'unreadable';
    }
    if (text === undefined) return 'missing';
    try {
      const secret = connectionSecretSchema.parse(JSON.parse(text));
      this.cache.set(record.id, secret);
      return secret;
    } catch {
      return 'unreadable';
    }
  }

  /** Writes a secret durably, then caches it (a rotated refresh token is saved before it is used). */
  async write(record: ConnectionRecord, secret: ConnectionSecret): Promise<void> {
    await this.storeFor(record).set(secretKeyOf(record.id), JSON.stringify(secret));
    this.cache.set(record.id, secret);
  }

  /** Forgets a secret everywhere. */
  async remove(record: Pick<ConnectionRecord, 'id'>): Promise<void> {
    this.cache.delete(record.id);
    await this.memory.delete(secretKeyOf(record.id));
    await this.persistentStore?.delete(secretKeyOf(record.id));
  }

  /** Moves a connection's secret between memory and disk when the policy changes. */
  async move(record: ConnectionRecord, persistent: boolean): Promise<ConnectionRecord> {
    if (record.persistent === persistent) return record;
    const secret = await this.read(record);
    const next = { ...record, persistent };
    if (typeof secret === 'object') await this.write(next, secret);
    await this.storeFor(record).delete(secretKeyOf(record.id));
    return next;
  }
}
