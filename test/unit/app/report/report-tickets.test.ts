import { describe, expect, it } from 'vitest';
import type { ReportTicket } from '../../../../electron/app/report/report-tickets';
import { dropReportTickets, issueReportTicket, redeemReportTicket, reportDownloadUrl, reportTicketTtlMs } from '../../../../electron/app/report/report-tickets';
import { appError } from '../../../../electron/shared/app-error';
import { err } from '../../../../electron/shared/result';

// Report download tickets: random, single use, short-lived, bound to one job and one backend.

const ticket = (jobId: string, dataDir = '/data/a'): ReportTicket => ({
  jobId,
  dataDir,
  fileName: `${jobId}.csv`,
  open: async () => err(appError('not-found', 'unused')),
});

describe('report tickets', () => {
  it('are redeemed once, for their job and data folder only', () => {
    const now = 1_000_000;
    const token = issueReportTicket(ticket('j1'), now);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(redeemReportTicket(token, 'j1', '/data/a', now)?.fileName).toBe('j1.csv');
    expect(redeemReportTicket(token, 'j1', '/data/a', now)).toBeUndefined();
    const other = issueReportTicket(ticket('j2'), now);
    expect(redeemReportTicket(other, 'j2', '/data/b', now)).toBeUndefined();
    const wrongJob = issueReportTicket(ticket('j3'), now);
    expect(redeemReportTicket(wrongJob, 'j1', '/data/a', now)).toBeUndefined();
    expect(redeemReportTicket(wrongJob, 'j3', '/data/a', now)).toBeUndefined();
  });

  it('expire after the time-to-live', () => {
    const now = 2_000_000;
    const fresh = issueReportTicket(ticket('j4'), now);
    const stale = issueReportTicket(ticket('j5'), now);
    expect(redeemReportTicket(fresh, 'j4', '/data/a', now + reportTicketTtlMs - 1)).toBeDefined();
    expect(redeemReportTicket(stale, 'j5', '/data/a', now + reportTicketTtlMs)).toBeUndefined();
  });

  it('are all different, bounded in number, and dropped with their backend', () => {
    const now = 3_000_000;
    const tokens = Array.from({ length: 40 }, (_, i) => issueReportTicket(ticket(`k${i}`, '/data/c'), now));
    expect(new Set(tokens).size).toBe(40);
    // The oldest are dropped first; the newest survive.
    expect(redeemReportTicket(tokens[0]!, 'k0', '/data/c', now)).toBeUndefined();
    expect(redeemReportTicket(tokens[39]!, 'k39', '/data/c', now)).toBeDefined();
    const keep = issueReportTicket(ticket('m1', '/data/d'), now);
    dropReportTickets('/data/c');
    expect(redeemReportTicket(tokens[38]!, 'k38', '/data/c', now)).toBeUndefined();
    expect(redeemReportTicket(keep, 'm1', '/data/d', now)).toBeDefined();
  });

  it('name the job and the token in the URL, never a path', () => {
    expect(reportDownloadUrl('job/1', 'abc_-')).toBe('/api/download?job=job%2F1&ticket=abc_-');
  });
});
