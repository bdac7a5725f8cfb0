import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';

/** One HTTP exchange as the Pinterest client needs it. */
export interface TransportRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Time allowed to open the connection (nothing has been sent before that). */
  connectTimeoutMs: number;
  /** Time allowed, once connected, for the whole answer to arrive (headers and body). */
  timeoutMs: number;
}

/** A complete answer (the body is read fully: Pinterest answers are small JSON). */
export interface TransportResponse {
  status: number;
  header(name: string): string | undefined;
  text: string;
}

/** A request that got no answer. `sent` = the request may have reached the server (ambiguous). */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly code: string,
    readonly sent: boolean,
    readonly reason: 'network' | 'timeout' | 'cancelled' | 'too-large',
  ) {
    super(`HTTP transport failed: ${code}`);
  }
}

/** Performs one exchange; rejects only with TransportError. */
export interface Transport {
  request(req: TransportRequest): Promise<TransportResponse>;
  /** Drops pooled connections (call on shutdown). */
  close(): void;
}

/** Largest answer we accept; bigger means something is wrong (and protects memory). */
export const maxResponseBytes = 16 * 1024 * 1024;

/**
 * The default transport on node:http(s). Unlike fetch it tells apart "never connected" (safe to
 * retry, nothing sent) from "the body went out and the answer was lost" (ambiguous, REL-09), and
 * has a separate connect timeout.
 */
export function createNodeTransport(): Transport {
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  return {
    request: (req) => exchange(req, agents),
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function exchange(req: TransportRequest, agents: { http: http.Agent; https: https.Agent }): Promise<TransportResponse> {
  return new Promise<TransportResponse>((resolve, reject) => {
    if (req.signal?.aborted) return reject(new TransportError('ABORTED', false, 'cancelled'));
    const url = new URL(req.url);
    const secure = url.protocol === 'https:';
    let sent = false;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const fail = (error: TransportError) => {
      if (settled) return;
      settled = true;
      cleanup();
      outgoing.destroy();
      reject(error);
    };
    const arm = (ms: number, code: string, afterSend: boolean) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => fail(new TransportError(code, afterSend || sent, 'timeout')), ms);
    };
    const onAbort = () => fail(new TransportError('ABORTED', sent, 'cancelled'));
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    };
    const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
    const headers = { ...req.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const outgoing = (secure ? https : http).request(url, { method: req.method, headers, agent: secure ? agents.https : agents.http });
    req.signal?.addEventListener('abort', onAbort, { once: true });
    arm(req.connectTimeoutMs, 'ECONNECTTIMEOUT', false);
    onConnected(outgoing, secure, () => arm(req.timeoutMs, 'ETIMEDOUT', true));
    outgoing.once('finish', () => {
      sent = true;
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      fail(new TransportError(error.code ?? 'EUNKNOWN', sent && !neverConnected(error.code), 'network'));
    });
    outgoing.once('response', (res) =>
      readBody(res, fail, (text) => {
        if (settled) return;
        settled = true;
        cleanup();
        resolve({ status: res.statusCode ?? 0, header: (name) => headerValue(res.headers[name.toLowerCase()]), text });
      }),
    );
    outgoing.end(body);
  });
}

/** Calls `then` once the request's socket is connected (at once for a reused keep-alive socket). */
function onConnected(outgoing: http.ClientRequest, secure: boolean, then: () => void): void {
  outgoing.once('socket', (socket: Socket) => {
    if (!socket.connecting) then();
    else socket.once(secure ? 'secureConnect' : 'connect', then);
  });
}

/** Reads a whole answer, failing on resets and on answers larger than maxResponseBytes. */
function readBody(res: http.IncomingMessage, fail: (error: TransportError) => void, done: (text: string) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  res.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxResponseBytes) fail(new TransportError('ETOOLARGE', true, 'too-large'));
    else chunks.push(chunk);
  });
  res.on('error', (error: NodeJS.ErrnoException) => fail(new TransportError(error.code ?? 'ECONNRESET', true, 'network')));
  res.once('aborted', () => fail(new TransportError('ECONNRESET', true, 'network')));
  res.once('end', () => done(Buffer.concat(chunks).toString('utf8')));
}

/** Codes that can only happen before a single byte left this machine. */
const beforeSendCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'ERR_INVALID_URL']);

function neverConnected(code: string | undefined): boolean {
  return code !== undefined && beforeSendCodes.has(code);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Wraps an injected fetch (tests, other runtimes) as a Transport; ambiguity is inferred from error codes. */
export function fetchTransport(fetchImpl: typeof fetch): Transport {
  return {
    close() {},
    async request(req) {
      if (req.signal?.aborted) throw new TransportError('ABORTED', false, 'cancelled');
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, req.connectTimeoutMs + req.timeoutMs);
      const onAbort = () => controller.abort();
      req.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const res = await fetchImpl(req.url, { method: req.method, headers: req.headers, body: req.body, signal: controller.signal });
        const text = await res.text();
        return { status: res.status, header: (name) => res.headers.get(name) ?? undefined, text };
      } catch (error) {
        if (timedOut) throw new TransportError('ETIMEDOUT', true, 'timeout');
        if (req.signal?.aborted) throw new TransportError('ABORTED', true, 'cancelled');
        const cause = (error as { cause?: { code?: string } }).cause;
        const code = cause?.code ?? 'EUNKNOWN';
        throw new TransportError(code, !neverConnected(code) && code !== 'UND_ERR_CONNECT_TIMEOUT', 'network');
      } finally {
        clearTimeout(timer);
        req.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
