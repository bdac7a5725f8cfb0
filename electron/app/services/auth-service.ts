import { appError } from '../../shared/app-error';
import { err, ok } from '../../shared/result';
import type { HandlerMap, ServiceContext } from '../backend/handler-types';
import type { AuthRuntime, AuthRuntimeDeps } from '../session/auth-runtime';
import { createAuthRuntime } from '../session/auth-runtime';
import type { AccountsChannel } from './accounts-service';
import { accountsService } from './accounts-service';
import type { SettingsChannel } from './settings-service';
import { settingsService } from './settings-service';
import { cancelOAuth, signInSandbox, signInWithToken, startOAuth } from '../session/sign-in-flows';

/** The auth:* channels. */
export type AuthChannel =
  | 'auth:status'
  | 'auth:sign-in-sandbox'
  | 'auth:sign-in-token'
  | 'auth:oauth-start'
  | 'auth:oauth-cancel'
  | 'auth:switch'
  | 'auth:sign-out'
  | 'auth:allow-insecure-storage';

/** What the auth service needs: the shared auth runtime (createAuthRuntime). */
export interface AuthServiceDeps {
  auth: AuthRuntime;
}

/** Handlers of the auth:* channels. No output ever carries a token (authStatusSchema has no such field). */
export function authService(_ctx: ServiceContext, deps: AuthServiceDeps): HandlerMap<AuthChannel> {
  const rt = deps.auth;
  return {
    'auth:status': async () => ok(rt.status()),
    'auth:sign-in-sandbox': () => signInSandbox(rt),
    'auth:sign-in-token': (input) => signInWithToken(rt, input),
    'auth:oauth-start': () => startOAuth(rt),
    'auth:oauth-cancel': async () => ok(cancelOAuth(rt)),
    'auth:switch': async ({ connectionId }) => {
      const switched = await rt.sessions.switchTo(connectionId ?? '');
      return switched.ok ? ok(rt.changed()) : err(switched.error);
    },
    'auth:sign-out': async ({ connectionId }) => {
      const id = connectionId ?? rt.sessions.active()?.id;
      if (id === undefined) return ok(rt.status());
      if (!(await rt.sessions.signOut(id))) return err(appError('not-found', 'That connection no longer exists.'));
      rt.lastError = undefined;
      return ok(rt.changed());
    },
    'auth:allow-insecure-storage': async ({ allow }) => {
      // The CLI and the browser version have no store on disk at all: there is nothing to opt into.
      if (allow && rt.sessions.storage().backend === 'memory')
        return err(appError('validation', 'This version of the app never writes sign-in tokens to disk; they last while it runs.'));
      await rt.sessions.setInsecureOptIn(allow);
      return ok(rt.changed());
    },
  };
}

/** Everything the auth area contributes to the backend. */
export interface AuthSlices {
  /** Shared state; `runtime.sessions.activeClient()` is the upload engine's way to a ConnectionHandle. */
  runtime: AuthRuntime;
  handlers: HandlerMap<AuthChannel | AccountsChannel | SettingsChannel>;
  /** Cancels a pending sign-in, closes clients and the embedded sandbox. */
  close(): Promise<void>;
}

/**
 * One call for service-wiring.ts: builds the runtime (loading saved connections and settings)
 * and the auth:*, accounts:* and settings:* slices. `deps` takes BackendOptions' fields as they are
 * (config, encryptor, secureBackend, openExternal).
 */
export async function createAuthSlices(ctx: ServiceContext, deps: AuthRuntimeDeps): Promise<AuthSlices> {
  const runtime = await createAuthRuntime(ctx, deps);
  const handlers = { ...authService(ctx, { auth: runtime }), ...accountsService(ctx, { auth: runtime }), ...settingsService(ctx, { auth: runtime }) };
  return { runtime, handlers, close: () => runtime.close() };
}
