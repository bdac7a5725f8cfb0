import type { AppError } from '../../shared/app-error';

/**
 * Where the client gets the bearer token. Conversion tokens are static; OAuth sources refresh
 * ahead of expiry inside accessToken() and, after a 401, in refreshAfterUnauthorized().
 */
export interface TokenSource {
  /** The access token to send now (may refresh first when it is about to expire). */
  accessToken(): Promise<string>;
  /**
   * Called once after a 401: refresh and resolve true when a new token is ready, false when
   * refreshing is impossible or failed. Absent for tokens that cannot be refreshed.
   */
  refreshAfterUnauthorized?(): Promise<boolean>;
}

/** A token that never changes (pasted conversion token, PINTEREST_TOKEN in the CLI, sandbox). */
export function staticTokenSource(token: string): TokenSource {
  return { accessToken: () => Promise.resolve(token) };
}

/** Wraps an async function so that concurrent callers share one in-flight run of it. */
export function singleFlight<T>(fn: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => {
    running ??= fn().finally(() => {
      running = undefined;
    });
    return running;
  };
}

/** Thrown by a TokenSource that cannot produce a token (signed out, refresh refused): carries the user's error. */
export class TokenUnavailableError extends Error {
  override readonly name = 'TokenUnavailableError';
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}
