import { createHash, randomBytes } from 'node:crypto';
import { bridgePaths } from '../../shared/bridge-protocol';
import type { Result } from '../../shared/result';
import type { PreparedReport } from './export-report';

// Download tickets for the browser shell. A browser cannot be handed a path, and the report must
// not be stored in the app's folder (it holds the user's raw rows), so `report:export` without a
// path issues a ticket instead: a random, single-use, short-lived token naming ONE job, which
// the loopback bridge redeems by generating the CSV on demand straight into the HTTP response.
// The table lives in this module because the bridge only holds the Backend, not its services;
// a ticket is bound to the data folder of the backend that issued it, and only its hash is kept.

/** How long a ticket may wait for its download. */
export const reportTicketTtlMs = 10 * 60_000;

/** Outstanding tickets kept at most (the oldest is dropped first). */
const maxTickets = 32;

/** What a ticket lets its holder download, once. */
export interface ReportTicket {
  jobId: string;
  /** Data folder of the backend that issued it: another backend's bridge cannot redeem it. */
  dataDir: string;
  /** File name offered to the browser (no path). */
  fileName: string;
  /** Prepares the report at download time (the file is checked again then). */
  open(): Promise<Result<PreparedReport>>;
}

const tickets = new Map<string, ReportTicket & { expiresAt: number }>();

function keyOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function prune(now: number): void {
  for (const [key, ticket] of tickets) if (ticket.expiresAt <= now) tickets.delete(key);
  while (tickets.size >= maxTickets) {
    const oldest = tickets.keys().next();
    if (oldest.done) break;
    tickets.delete(oldest.value);
  }
}

/** Issues a ticket; answers the token (32 random bytes, base64url). */
export function issueReportTicket(ticket: ReportTicket, now: number): string {
  prune(now);
  const token = randomBytes(32).toString('base64url');
  tickets.set(keyOf(token), { ...ticket, expiresAt: now + reportTicketTtlMs });
  return token;
}

/** Takes a ticket (single use: gone after this call whatever the outcome); undefined if unknown, expired or not for this job and folder. */
export function redeemReportTicket(token: string, jobId: string, dataDir: string, now: number): ReportTicket | undefined {
  const key = keyOf(token);
  const ticket = tickets.get(key);
  tickets.delete(key);
  if (!ticket || ticket.expiresAt <= now || ticket.jobId !== jobId || ticket.dataDir !== dataDir) return undefined;
  return ticket;
}

/** Drops every ticket of a data folder (the backend stopped, or the user signed out). */
export function dropReportTickets(dataDir: string): void {
  for (const [key, ticket] of tickets) if (ticket.dataDir === dataDir) tickets.delete(key);
}

/** The bridge URL that redeems a ticket: names the job and the token, never a path. */
export function reportDownloadUrl(jobId: string, token: string): string {
  return `${bridgePaths.download}?job=${encodeURIComponent(jobId)}&ticket=${encodeURIComponent(token)}`;
}
