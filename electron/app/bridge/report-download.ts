import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppError } from '../../shared/app-error';
import { appError } from '../../shared/app-error';
import type { Backend } from '../backend/create-backend';
import { logThrown } from '../backend/dispatch';
import { streamReport } from '../report/export-report';
import { redeemReportTicket } from '../report/report-tickets';
import { sendError } from './http-io';

// `GET /api/download?job=<jobId>&ticket=<token>` (behind the secret, Host and Origin guards):
// redeems a single-use ticket issued by `report:export` and generates the report into the
// response as it is read from the user's file. Nothing is written to disk on the way.

/** Headers of a report download: an attachment, never cached, never sniffed. */
export function downloadHeaders(fileName: string): Record<string, string> {
  const name = fileName.replace(/["\\\r\n]/g, '_');
  return {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
}

function statusFor(error: AppError): number {
  if (error.kind === 'not-found') return 404;
  return error.kind === 'internal' ? 500 : 409;
}

/** Serves one report download (or a failed Result when the ticket or the report cannot be had). */
export async function streamReportDownload(backend: Backend, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (req.method !== 'GET') return sendError(res, 405, appError('validation', 'Use GET to download.'));
  const jobId = url.searchParams.get('job') ?? '';
  const ticket = redeemReportTicket(url.searchParams.get('ticket') ?? '', jobId, backend.config.dataDir, Date.now());
  if (!ticket) return sendError(res, 404, appError('not-found', 'This download has expired or was already used. Export the report again.'));
  const prepared = await ticket.open();
  if (!prepared.ok) return sendError(res, statusFor(prepared.error), prepared.error);
  const controller = new AbortController();
  // A closed tab or a cancelled download stops reading the user's file at once.
  res.once('close', () => controller.abort());
  res.writeHead(200, downloadHeaders(ticket.fileName));
  try {
    const rows = await streamReport(prepared.value, res, controller.signal);
    res.end();
    backend.log.info('report streamed', { job: jobId, rows });
  } catch (thrown) {
    if (!controller.signal.aborted) logThrown(backend.log, 'report download failed', 'report:download', thrown);
    res.destroy();
  }
}
