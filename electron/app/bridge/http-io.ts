import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppError } from '../../shared/app-error';
import { appError } from '../../shared/app-error';
import type { Result } from '../../shared/result';
import { err } from '../../shared/result';

/** Request bodies larger than the limit are refused (the stream is drained, not buffered). */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/** Reads a whole request body up to `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(`body over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Headers of every API answer: never cached, never sniffed. */
export const apiHeaders: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-type': 'application/json; charset=utf-8',
};

/** Writes a JSON answer. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...apiHeaders, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Writes a failed Result with an HTTP status that matches it (for tools like curl). */
export function sendError(res: ServerResponse, status: number, error: AppError): void {
  sendJson(res, status, err(error));
}

/** Writes a Result; the HTTP status is 200 either way, since the Result carries the outcome. */
export function sendResult(res: ServerResponse, result: Result<unknown>): void {
  sendJson(res, 200, result);
}

/** The answer to a request that failed a guard (wrong host, origin or secret). */
export function sendForbidden(res: ServerResponse, why: string): void {
  sendError(res, 403, appError('forbidden', `This page may not talk to the app (${why}). Open the address the app printed.`));
}

/** Plain-text answer for non-API paths (static files that do not exist, wrong methods). */
export function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...extra });
  res.end(text);
}
