import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Clock, Logger } from '../../core/ports';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';
import type { connectionSchema, secretStorageSchema } from '../../shared/views';
import type { OAuthApi } from '../pinterest/oauth-api';
import type { ConnectionHandle } from './connection-handle';
import { createConnectionHandle, revokeSecret } from './connection-handle';
import type { ConnectionIndex, ConnectionIndexFile, ConnectionRecord, NewConnection } from './connection-index';
import { connectionIndexFile } from './connection-index';
import type { SecretStore } from './secret-store';
import { SecretVault } from './secret-vault';

export type { ConnectionHandle } from './connection-handle';
export type { NewConnection } from './connection-index';

/** Dependencies of the session manager. */
export interface SessionManagerOptions {
  dataDir: string;
  /** The encrypted file store (Electron); absent in the CLI and the browser bridge (memory only). */
  persistentStore?: SecretStore;
  /** Token endpoint client for refresh and revoke of OAuth connections. */
  oauthApi?: OAuthApi;
  log: Logger;
  clock?: Clock;
  /** Options passed to every client (tests shorten timeouts). */
  clientOptions?: { timeoutMs?: number; connectTimeoutMs?: number };
}

/** Keeps connections, their secrets and one client per connection. */
export class SessionManager {
  private index: ConnectionIndex = { version: 1, insecureOptIn: false, connections: [] };
  private readonly file: ConnectionIndexFile;
  private readonly vault: SecretVault;
  private readonly handles = new Map<string, ConnectionHandle>();
  private readonly clock: Clock;

  constructor(private readonly options: SessionManagerOptions) {
    this.file = connectionIndexFile(options.dataDir);
    this.vault = new SecretVault(options.persistentStore, options.log);
    this.clock = options.clock ?? Date.now;
  }

  /** Loads saved connections; those whose secret cannot be read are marked "sign in again". */
  async init(): Promise<void> {
    const { index, damaged } = await this.file.load();
    if (damaged) this.options.log.warn('connections file unreadable; starting signed out');
    this.index = index;
    for (const record of this.index.connections) {
      const secret = await this.vault.read(record);
      if (typeof secret !== 'object') this.patch(record.id, { needsSignIn: true });
    }
    if (!this.find(this.index.activeId ?? '')) this.index.activeId = this.index.connections[0]?.id;
  }

  /** Connections as the renderer may see them (no secrets). */
  views(): z.infer<typeof connectionSchema>[] {
    return this.index.connections.map(({ id, method, accountName, adAccountId, persistent, expiresAt, needsSignIn }) =>
      ({ id, method, accountName, adAccountId, persistent, expiresAt, ...(needsSignIn ? { needsSignIn } : {}) }));
  }

  /** Where secrets are kept and whether that is safe. */
  storage(): z.infer<typeof secretStorageSchema> {
    return { backend: this.vault.backend, secure: this.vault.secure, insecureOptIn: this.index.insecureOptIn };
  }

  /** The active connection's record. */
  active(): ConnectionRecord | undefined {
    return this.find(this.index.activeId ?? '');
  }

  /** A connection's record. */
  find(id: string): ConnectionRecord | undefined {
    return this.index.connections.find((c) => c.id === id);
  }

  /**
   * Stores a connection (secret first, then the index) and makes it active. Signing in again as
   * the same user keeps the connection id, so a paused upload holding its handle resumes with the
   * new token ("enter a new token", REL-10).
   */
  async add(input: NewConnection): Promise<ConnectionRecord> {
    const userKey = createHash('sha256').update(`${input.method}\n${input.apiBaseUrl}\n${input.identity}`).digest('hex').slice(0, 24);
    const previous = this.index.connections.find((c) => c.userKey === userKey);
    const record: ConnectionRecord = {
      id: previous?.id ?? randomBytes(9).toString('base64url'),
      method: input.method,
      accountName: input.accountName,
      adAccountId: input.adAccountId,
      persistent: input.persist && this.vault.canPersist(this.index.insecureOptIn),
      expiresAt: input.secret.expiresAt,
      userKey,
      apiBaseUrl: input.apiBaseUrl,
      createdAt: this.clock(),
    };
    if (previous && previous.persistent !== record.persistent) await this.vault.remove(previous);
    await this.vault.write(record, input.secret);
    this.index.connections = [...this.index.connections.filter((c) => c.id !== record.id), record];
    this.index.activeId = record.id;
    await this.save();
    return record;
  }

  /** Makes another connection active. */
  async switchTo(id: string): Promise<Result<ConnectionRecord>> {
    const record = this.find(id);
    if (!record) return err(appError('not-found', 'That connection no longer exists.'));
    this.index.activeId = id;
    await this.save();
    return ok(record);
  }

  /** Signs out: revokes OAuth tokens (failures logged, not fatal), deletes the secret and the record. */
  async signOut(id: string): Promise<boolean> {
    const record = this.find(id);
    if (!record) return false;
    if (record.method === 'oauth' && this.options.oauthApi) {
      const secret = await this.vault.read(record);
      if (typeof secret === 'object') await revokeSecret(this.options.oauthApi, secret, this.options.log);
    }
    await this.forget(id);
    await this.save();
    return true;
  }

  /** Records the insecure-storage opt-in and moves secrets to or from disk accordingly. */
  async setInsecureOptIn(allow: boolean): Promise<void> {
    this.index.insecureOptIn = allow;
    const persist = this.vault.canPersist(allow);
    const moved: ConnectionRecord[] = [];
    for (const record of this.index.connections) {
      const wanted = record.method !== 'sandbox' && persist;
      moved.push(record.needsSignIn ? { ...record, persistent: wanted } : await this.vault.move(record, wanted));
    }
    this.index.connections = moved;
    await this.save();
  }

  /** Marks a connection as needing a new sign-in (secret unreadable, refresh refused). */
  markNeedsSignIn(id: string): Promise<void> {
    this.patch(id, { needsSignIn: true });
    return this.save();
  }

  /** The active connection's handle, for the upload engine and the accounts service. */
  async activeClient(): Promise<Result<ConnectionHandle>> {
    const record = this.active();
    return record ? this.clientFor(record.id) : err(appError('auth', 'Sign in first.'));
  }

  /** A connection's handle (one client per connection, reused). */
  async clientFor(id: string): Promise<Result<ConnectionHandle>> {
    const record = this.find(id);
    if (!record) return err(appError('not-found', 'That connection no longer exists.'));
    if (record.needsSignIn) return err(appError('auth', `The sign-in "${record.accountName}" has expired or cannot be read. Sign in again.`));
    const secret = await this.vault.read(record);
    if (typeof secret !== 'object') {
      await this.markNeedsSignIn(id);
      return err(appError('auth', `The saved sign-in "${record.accountName}" cannot be read any more. Sign in again.`));
    }
    const existing = this.handles.get(id);
    if (existing) return ok(existing);
    const handle = createConnectionHandle(record, {
      current: () => this.vault.cached(id),
      save: async (next) => {
        await this.vault.write(this.find(id) ?? record, next);
        this.patch(id, { expiresAt: next.expiresAt });
        await this.save().catch(() => this.options.log.warn('connections file write failed'));
      },
      refused: () => void this.markNeedsSignIn(id),
      oauthApi: this.options.oauthApi,
      log: this.options.log,
      clock: this.clock,
      clientOptions: this.options.clientOptions,
    });
    this.handles.set(id, handle);
    return ok(handle);
  }

  /** Closes every client (shutdown). */
  close(): void {
    for (const handle of this.handles.values()) handle.client.close();
    this.handles.clear();
  }

  private patch(id: string, change: Partial<ConnectionRecord>): void {
    this.index.connections = this.index.connections.map((c) => (c.id === id ? { ...c, ...change } : c));
  }

  private async forget(id: string): Promise<void> {
    this.handles.get(id)?.client.close();
    this.handles.delete(id);
    await this.vault.remove({ id });
    this.index.connections = this.index.connections.filter((c) => c.id !== id);
    if (this.index.activeId === id) this.index.activeId = this.index.connections[0]?.id;
  }

  private readonly save = (): Promise<void> => this.file.save(this.index);
}
