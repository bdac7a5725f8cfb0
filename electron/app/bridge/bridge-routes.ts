import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appError } from '../../shared/app-error';
import { bridgeFileNameHeader, bridgeMaxJsonBytes, bridgePaths } from '../../shared/bridge-protocol';
import type { Backend } from '../backend/create-backend';
import { logThrown } from '../backend/dispatch';
import { hostAllowed, originAllowed, secretMatches } from './bridge-guards';
import { streamReportDownload } from './report-download';
import type { EventStreams } from './event-stream';
import type { FileStaging } from './file-staging';
import { BodyTooLargeError, readBody, sendError, sendForbidden, sendResult, sendText } from './http-io';
import type { StaticManifest } from './static-assets';
import { contentTypeFor, hardeningHeaders, rendererCsp, resolveStaticPath } from './static-assets';

/** Everything a request handler needs. */
export interface BridgeState {
  backend: Backend;
  secret: string;
  port: () => number;
  manifest: StaticManifest;
  staging: FileStaging;
  streams: EventStreams;
}

function serveStatic(state: BridgeState, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
  const file = resolveStaticPath(state.manifest, pathname);
  if (!file) return sendText(res, 404, 'Not found');
  res.writeHead(200, {
    ...hardeningHeaders,
    'content-security-policy': rendererCsp('bridge'),
    'content-type': contentTypeFor(file),
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

async function callChannel(state: BridgeState, req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, appError('validation', 'Use POST for app calls.'));
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return sendError(res, 415, appError('validation', 'App calls must be sent as JSON.'));
  }
  let input: unknown;
  try {
    const body = await readBody(req, bridgeMaxJsonBytes);
    input = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError;
    return sendError(res, tooLarge ? 413 : 400, appError('validation', tooLarge ? 'The request is too large.' : 'The request is not valid JSON.'));
  }
  const result = await state.backend.dispatch(channel, input);
  sendResult(res, result);
}

async function stageFile(state: BridgeState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, appError('validation', 'Use POST to send a file.'));
  const header = req.headers[bridgeFileNameHeader];
  let name = url.searchParams.get('name') ?? '';
  try {
    if (typeof header === 'string') name = decodeURIComponent(header);
  } catch {
    return sendError(res, 400, appError('validation', 'The file name is not valid.'));
  }
  sendResult(res, await state.staging.stage(req, name));
}

async function routeApi(state: BridgeState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (!originAllowed(req, state.port())) return sendForbidden(res, 'foreign origin');
  if (!secretMatches(req, state.secret)) return sendForbidden(res, 'missing or wrong key');
  if (url.pathname === bridgePaths.events) {
    if (req.method !== 'GET') return sendError(res, 405, appError('validation', 'Use GET for events.'));
    return state.streams.open(res, (listener) => state.backend.on(listener));
  }
  if (url.pathname === bridgePaths.stageFile) return stageFile(state, req, res, url);
  if (url.pathname === bridgePaths.download) return streamReportDownload(state.backend, req, res, url);
  let channel: string;
  try {
    channel = decodeURIComponent(url.pathname.slice(bridgePaths.call.length));
  } catch {
    return sendError(res, 404, appError('not-found', 'Unknown request.'));
  }
  return callChannel(state, req, res, channel);
}

/** Routes one request: host check first, then the API (guarded) or the static renderer. */
export async function handleRequest(state: BridgeState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    if (!hostAllowed(req, state.port())) return sendText(res, 421, 'Misdirected request');
    const target = req.url ?? '';
    // Origin-form only: an absolute or `//host` target would let the URL parser pick the path.
    if (!target.startsWith('/') || target.startsWith('//')) return sendText(res, 400, 'Bad request');
    const url = new URL(target, 'http://127.0.0.1');
    if (url.pathname === '/api' || url.pathname.startsWith(bridgePaths.call)) return await routeApi(state, req, res, url);
    return serveStatic(state, req, res, url.pathname);
  } catch (thrown) {
    const id = logThrown(state.backend.log, 'bridge request failed', 'bridge', thrown);
    if (!res.headersSent) sendError(res, 500, appError('internal', `Something went wrong inside the app (error ${id}).`, { requestId: id }));
    else res.destroy();
  }
}
