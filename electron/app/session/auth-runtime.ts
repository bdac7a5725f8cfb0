import type { z } from 'zod';
import type { Clock } from '../../core/ports';
import type { AppError } from '../../shared/app-error';
import type { authStatusSchema } from '../../shared/views';
import { startSandbox } from '../../sandbox/sandbox';
import type { LastChoiceStore } from '../accounts/last-choice-store';
import { lastChoiceStore } from '../accounts/last-choice-store';
import type { ServiceContext } from '../backend/handler-types';
import type { Transport } from '../pinterest/http-transport';
import { createNodeTransport } from '../pinterest/http-transport';
import type { OAuthApi } from '../pinterest/oauth-api';
import { createOAuthApi } from '../pinterest/oauth-api';
import type { AuthConfig } from './auth-settings';
import { AuthSettings } from './auth-settings';
import { createFileSecretStore } from './file-secret-store';
import type { PendingOAuth } from './oauth-flow';
import type { Encryptor } from './secret-store';
import { createMemorySecretStore } from './secret-store';
import { SessionManager } from './session-manager';

/** What the renderer may know about authentication. */
export type AuthStatus = z.infer<typeof authStatusSchema>;

/** The part of a running sandbox the auth area uses (electron/sandbox/sandbox.ts provides it). */
export interface SandboxHandle {
  baseUrl: string;
  adAccountIds: string[];
  tokens: { add(grant: { token: string; kind: 'conversion' | 'oauth'; adAccountIds?: string[]; scopes?: string[] }): void };
  close(): Promise<void>;
}

/** What a shell provides (a structural subset of BackendOptions). */
export interface AuthRuntimeDeps {
  config: AuthConfig;
  /** Electron safeStorage adapter; without it every secret stays in memory for this session. */
  encryptor?: Encryptor;
  secureBackend?: { backend: string; secure: boolean };
  /** Opens the consent page in the SYSTEM browser; absent where the shell cannot (browser bridge). */
  openExternal?: (url: string) => Promise<unknown>;
  /** Starts the embedded sandbox (default: electron/sandbox in-process on 127.0.0.1:0). */
  startSandbox?: () => Promise<SandboxHandle>;
  /** Client timeouts (tests shorten them). */
  clientOptions?: { timeoutMs?: number; connectTimeoutMs?: number };
  oauthTimeoutMs?: number;
  clock?: Clock;
  transport?: Transport;
}

/**
 * The auth area's shared state: connections and secrets, Settings, the last chosen ad account,
 * the pending OAuth attempt and the lazily started sandbox. One per backend; the auth, accounts
 * and settings services (and the upload engine, via `sessions.activeClient()`) share it.
 */
export class AuthRuntime {
  readonly sessions: SessionManager;
  readonly settings: AuthSettings;
  readonly choices: LastChoiceStore;
  readonly oauthApi: OAuthApi;
  readonly clock: Clock;
  pendingOAuth: PendingOAuth | undefined;
  /** Currencies of the ad accounts last listed (in memory): the default for rows without one. */
  readonly accountCurrencies = new Map<string, string>();
  /** The ad account chosen in this session (the mapping step validates against its currency). */
  chosenAccountId: string | undefined;
  lastError: AppError | undefined;
  private sandbox: Promise<SandboxHandle> | undefined;
  private readonly transport: Transport;

  constructor(
    readonly ctx: ServiceContext,
    readonly deps: AuthRuntimeDeps,
  ) {
    this.clock = deps.clock ?? Date.now;
    this.transport = deps.transport ?? createNodeTransport();
    const persistentStore = deps.encryptor
      ? createFileSecretStore({
          dataDir: ctx.dataDir,
          encryptor: deps.encryptor,
          backend: deps.secureBackend?.backend ?? 'unknown',
          secure: deps.secureBackend?.secure ?? false,
        })
      : undefined;
    this.settings = new AuthSettings(ctx.dataDir, deps.config, () => {
      const storage = this.sessions.storage();
      return persistentStore && (storage.secure || storage.insecureOptIn) ? persistentStore : this.memorySecrets;
    });
    this.oauthApi = createOAuthApi({ config: () => this.settings.endpointConfig(), transport: this.transport, log: ctx.log, clock: this.clock });
    this.sessions = new SessionManager({
      dataDir: ctx.dataDir,
      persistentStore,
      oauthApi: this.oauthApi,
      log: ctx.log,
      clock: this.clock,
      clientOptions: deps.clientOptions,
    });
    this.choices = lastChoiceStore(ctx.dataDir);
  }

  private readonly memorySecrets = createMemorySecretStore();

  /** The status the renderer sees (never a token). */
  status(notice?: string): AuthStatus {
    const active = this.sessions.active();
    const signedIn = active !== undefined && !active.needsSignIn;
    return {
      signedIn,
      method: active?.method,
      accountName: active?.accountName,
      activeConnectionId: active?.id,
      connections: this.sessions.views(),
      storage: this.sessions.storage(),
      oauthConfigured: this.settings.oauthConfigured(),
      sandboxAvailable: true,
      ...(this.pendingOAuth ? { oauthPending: true } : {}),
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(notice ? { notice } : {}),
    };
  }

  /** Tells every renderer that authentication changed, and returns the new status. */
  changed(notice?: string): AuthStatus {
    const status = this.status(notice);
    this.ctx.emit('auth:changed', status);
    return status;
  }

  /** The embedded sandbox, started once on first use. */
  ensureSandbox(): Promise<SandboxHandle> {
    this.sandbox ??= (this.deps.startSandbox ?? (() => startSandbox()))().catch((error: unknown) => {
      this.sandbox = undefined;
      throw error;
    });
    return this.sandbox;
  }

  /** Cancels a pending sign-in, closes clients and the sandbox (backend shutdown). */
  async close(): Promise<void> {
    this.pendingOAuth?.cancel();
    this.pendingOAuth = undefined;
    this.sessions.close();
    this.transport.close();
    const sandbox = this.sandbox;
    this.sandbox = undefined;
    if (sandbox) await sandbox.then((s) => s.close()).catch(() => undefined);
  }
}

/** Builds the runtime and loads saved connections and settings. */
export async function createAuthRuntime(ctx: ServiceContext, deps: AuthRuntimeDeps): Promise<AuthRuntime> {
  const runtime = new AuthRuntime(ctx, deps);
  await runtime.sessions.init();
  await runtime.settings.load();
  return runtime;
}
