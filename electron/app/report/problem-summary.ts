import { safeIssueMessage } from '../../core/mapping/safe-message';
import { redactText } from '../log/redact';
import type { UploadItem } from '../upload/engine-types';
import type { ReportVerdict } from './report-writer';

// The value-free problem summary (PRIV-06): what a person needs to find and fix each problem row
// in their own file (row, column, status, code, message) and not one cell of it. Our messages
// for invalid rows quote the cell ("'0171 234' is too short"), so they are re-worded from the
// issue code and column; Pinterest's messages are about hashed data, but they are masked anyway
// (emails, hashes, long digit runs, tokens) because this file may be shared.

/** Header of the summary. */
export const summaryColumns: readonly string[] = ['Upload row', 'Column', 'Upload status', 'Code', 'Upload message', 'Upload mode'];

const statusCodes: Record<string, string> = {
  rejected: 'pinterest-rejected',
  'possibly sent': 'possibly-sent',
  pending: 'not-sent',
};

/** Distinct values, in first-seen order. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

/** The cells of one problem row of the summary (no value of the file in any of them). */
export function summaryCells(line: number, item: UploadItem, verdict: ReportVerdict, test: boolean): string[] {
  const status = test ? `${verdict.status} (TEST)` : verdict.status;
  const mode = test ? 'TEST' : 'LIVE';
  if (verdict.status === 'invalid') {
    // Errors first, then the warnings of the same row: a refused email is often only a warning
    // next to the error it causes ("no identifier"), and it is the cell to fix.
    const ranked = [...item.issues.filter((i) => i.severity === 'error'), ...item.issues.filter((i) => i.severity !== 'error')];
    const own = ranked.filter((i) => i.row === line);
    const issues = own.length > 0 ? own : ranked;
    const columns = distinct(issues.map((i) => i.column ?? ''));
    const codes = distinct(issues.map((i) => i.code));
    const message = issues.map((i) => safeIssueMessage(i)).join(' ') || 'Not valid.';
    return [String(line), columns.join('; '), status, codes.join('; ') || 'invalid', message, mode];
  }
  const code = statusCodes[verdict.status] ?? verdict.status.replace(/\W+/g, '-');
  return [String(line), '', status, code, redactText(verdict.message), mode];
}
