// Shared helpers for the sandbox integration tests: real HTTP with fetch against a real sandbox.
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/sandbox';
import type { Sandbox, SandboxOptions } from '../../../electron/sandbox/sandbox';

/**
 * A `start` for one test file: each call starts a fresh sandbox (prepared by `setup` if given),
 * closed after the test that started it.
 */
export function sandboxPerTest(setup?: (sandbox: Sandbox) => void): (options?: SandboxOptions) => Promise<Sandbox> {
  let current: Sandbox | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options = {}) => {
    current = await startSandbox(options);
    setup?.(current);
    return current;
  };
}

/** The clock in Unix seconds. */
export const nowSec = (): number => Math.floor(Date.now() / 1000);

/** Lowercase SHA-256 hex, like the uploader sends. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A valid offline event at `nowSec - 60`. */
export function offlineEvent(id: string, nowSec: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    event_name: 'checkout',
    action_source: 'offline',
    event_time: nowSec - 60,
    event_id: id,
    user_data: { em: [sha256(`${id}@example.com`)] },
    custom_data: { currency: 'USD', value: '10.00', order_id: `order-${id}` },
    ...extra,
  };
}

/** The answer of a request: status, parsed JSON (or raw text) and headers. */
export interface Answer {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
}

/** A fetch that reads the whole answer. */
export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, text, headers: response.headers };
}

/** POST events to an ad account of the sandbox. */
export function postEvents(
  sandbox: Sandbox,
  body: unknown,
  options: { token?: string; account?: string; test?: boolean; signal?: AbortSignal } = {},
): Promise<Answer> {
  const account = options.account ?? sandbox.adAccountIds[0];
  const query = options.test ? '?test=true' : '';
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = options.token ?? sandbox.conversionToken;
  if (token) headers.authorization = `Bearer ${token}`;
  return call(`${sandbox.baseUrl}/ad_accounts/${account}/events${query}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** GET with a bearer token. */
export function getWith(sandbox: Sandbox, path: string, token: string): Promise<Answer> {
  return call(`${sandbox.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

/** A manual clock for tests (ms). */
export function manualClock(start = Date.UTC(2026, 0, 15, 12)): { now: () => number; advance(ms: number): void; sec(): number } {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms), sec: () => Math.floor(time / 1000) };
}
