import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppError } from '../../shared/app-error';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err, ok } from '../../shared/result';

/** The RFC 8252 §7.3 loopback redirect: 127.0.0.1 only, an ephemeral port, one callback. */
export interface LoopbackOptions {
  /** The `state` sent to the authorize page; the callback must carry exactly this value. */
  expectedState: string;
  timeoutMs: number;
  path?: string;
}

/** A listener waiting for the browser to come back. */
export interface Loopback {
  /** `http://127.0.0.1:<port>/callback`, to send as redirect_uri (and again at the token exchange). */
  redirectUri: string;
  /** The authorization code once a callback with the right state arrived; an error otherwise. */
  result: Promise<Result<{ code: string }>>;
  /** Stops waiting (resolves result with a 'cancelled' error). */
  cancel(): void;
}

// Static pages: no script, nothing from the request echoed back.
const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Conversions Uploader</title></head>` +
  `<body style="font-family:sans-serif;margin:3em"><h1>${title}</h1><p>${text}</p></body></html>`;
const donePage = page('You can close this tab', 'Return to Conversions Uploader to continue.');
const failedPage = page('Sign-in did not complete', 'Close this tab and return to Conversions Uploader to try again.');
const securityHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  connection: 'close',
};

function sameState(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Judges a callback: code + matching state, or why it is refused (no token call follows a refusal). */
export function judgeCallback(query: URLSearchParams, expectedState: string): Result<{ code: string }> {
  if (query.has('error')) {
    return err(appError('auth', 'Pinterest did not grant access (the sign-in was declined or failed). Nothing was saved.'));
  }
  if (!sameState(query.get('state'), expectedState)) {
    return err(appError('auth', 'The answer from the browser did not belong to this sign-in (state check failed). Nothing was exchanged; try again.'));
  }
  const code = query.get('code');
  if (!code) return err(appError('auth', 'The browser came back without an authorization code. Try again.'));
  return ok({ code });
}

/** Starts listening on 127.0.0.1 (never another interface) on an ephemeral port. */
export async function startLoopback(options: LoopbackOptions): Promise<Loopback> {
  const path = options.path ?? '/callback';
  let settle: (r: Result<{ code: string }>) => void = () => {};
  const result = new Promise<Result<{ code: string }>>((resolve) => {
    settle = resolve;
  });
  let finished = false;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (finished || req.method !== 'GET' || url.pathname !== path) {
      res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('Not found');
      return;
    }
    const verdict = judgeCallback(url.searchParams, options.expectedState);
    res.writeHead(verdict.ok ? 200 : 400, securityHeaders).end(verdict.ok ? donePage : failedPage);
    res.once('finish', () => finish(verdict));
  });
  const finish = (verdict: Result<{ code: string }>) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    server.close();
    setImmediate(() => server.closeAllConnections());
    settle(verdict);
  };
  const timer = setTimeout(() => {
    const minutes = Math.round(options.timeoutMs / 60_000);
    finish(err(appError('cancelled', `Sign-in with Pinterest timed out${minutes >= 1 ? ` after ${minutes} min` : ''}. Start again when ready.`)));
  }, options.timeoutMs);
  timer.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const cancelled: AppError = appError('cancelled', 'Sign-in with Pinterest was cancelled.');
  return { redirectUri: `http://127.0.0.1:${port}${path}`, result, cancel: () => finish(err(cancelled)) };
}
