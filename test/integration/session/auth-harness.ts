import type { Sandbox } from '../../../electron/sandbox/sandbox';
import type { EventName, EventPayload } from '../../../electron/shared/contract';
import type { ServiceContext } from '../../../electron/app/backend/handler-types';
import type { AuthRuntime, AuthRuntimeDeps, AuthStatus } from '../../../electron/app/session/auth-runtime';
import { createAuthRuntime } from '../../../electron/app/session/auth-runtime';
import type { Logger } from '../../../electron/core/ports';
import { silentLogger } from '../../../electron/core/ports';

/** A runtime wired to a sandbox as the shell would wire it to Pinterest, recording auth:changed. */
/** The sign-in configuration that points every Pinterest URL and the OAuth app at the sandbox. */
export function sandboxAuthConfig(sandbox: Sandbox) {
  return {
    apiBaseUrl: sandbox.baseUrl,
    oauthAuthorizeUrl: sandbox.authorizeUrl,
    oauthClientId: sandbox.oauthClient.clientId,
    oauthClientSecret: sandbox.oauthClient.clientSecret,
    tokenExchangeUrl: `${sandbox.baseUrl}/oauth/token`,
  };
}

export interface Harness {
  rt: AuthRuntime;
  ctx: ServiceContext;
  changes: AuthStatus[];
  /** Resolves with the next auth:changed whose status satisfies `until`. */
  nextChange(until: (s: AuthStatus) => boolean): Promise<AuthStatus>;
}

/** Builds the auth runtime for `dataDir` against `sandbox`. */
export async function authHarness(sandbox: Sandbox, dataDir: string, deps: Partial<AuthRuntimeDeps> = {}, log: Logger = silentLogger): Promise<Harness> {
  const changes: AuthStatus[] = [];
  const waiters: { until: (s: AuthStatus) => boolean; resolve: (s: AuthStatus) => void }[] = [];
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (event !== 'auth:changed') return;
    const status = payload as AuthStatus;
    changes.push(status);
    for (const w of [...waiters]) {
      if (w.until(status)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(status);
      }
    }
  };
  const ctx: ServiceContext = { dataDir, emit, log };
  const rt = await createAuthRuntime(ctx, {
    config: sandboxAuthConfig(sandbox),
    clientOptions: { timeoutMs: 15_000 },
    ...deps,
  });
  return {
    rt,
    ctx,
    changes,
    nextChange: (until) => new Promise((resolve) => waiters.push({ until, resolve })),
  };
}
