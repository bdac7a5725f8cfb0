// Small HTTP helpers shared by the sandbox's endpoints: the request/response shapes handlers
// use, body reading with a size cap, and writing JSON the way Pinterest does.
import { randomInt } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/** A fully read request, as handlers see it. */
export interface SandboxRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The `x-pinterest-rid` of this request. */
  rid: string;
  /** `?test=true`. */
  test: boolean;
  /** False for a dry run (a fault that needs an answer without processing): record nothing. */
  commit: boolean;
}

/** What a handler answers: JSON for objects, text for strings, nothing for undefined. */
export interface SandboxResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Events in the request body, when the handler parsed them (for the received log). */
  events?: number;
}

/** Shorthand for a JSON answer. */
export function json(status: number, body: unknown, headers?: Record<string, string>): SandboxResponse {
  return headers ? { status, body, headers } : { status, body };
}

/** Thrown by readBody when the body exceeds the cap. */
export class BodyTooLargeError extends Error {}

/** Reads the whole body, refusing more than `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new BodyTooLargeError(`Body larger than ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Serialises a response body: JSON for objects, text for strings. */
export function encodeBody(response: SandboxResponse): { bytes: Buffer; type: string | undefined } {
  if (response.body === undefined) return { bytes: Buffer.alloc(0), type: undefined };
  if (typeof response.body === 'string') {
    const html = response.body.trimStart().startsWith('<');
    return { bytes: Buffer.from(response.body), type: html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' };
  }
  return { bytes: Buffer.from(JSON.stringify(response.body)), type: 'application/json' };
}

/** Writes a complete response (the rid header is already set by the server). */
export function writeResponse(res: ServerResponse, response: SandboxResponse): void {
  const { bytes, type } = encodeBody(response);
  const headers: Record<string, string | number> = { 'content-length': bytes.length, ...response.headers };
  if (type) headers['content-type'] = type;
  res.writeHead(response.status, headers);
  res.end(bytes);
}

/** Request ids: numeric like Pinterest's (e.g. 7606362844227236), unique within a sandbox. */
export function createRidGenerator(): () => string {
  let next = BigInt(randomInt(1_000_000, 9_000_000)) * 1_000_000_000n;
  return () => (next++).toString();
}

/** The bearer token of a request, or undefined. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
}

/** HTTP Basic credentials of a request, or undefined. */
export function basicCredentials(headers: IncomingHttpHeaders): { user: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headers.authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Parses a JSON body; undefined when it is not JSON. */
export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
