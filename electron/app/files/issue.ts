import type { z } from 'zod';
import type { issueSchema } from '../../shared/views';

/** A problem with one cell or row, in the spreadsheet's terms (the contract's Issue). */
export type Issue = z.infer<typeof issueSchema>;

/** Builds a row-level issue. */
export function rowIssue(row: number, severity: Issue['severity'], code: string, message: string, column?: string): Issue {
  return column === undefined ? { row, severity, code, message } : { row, column, severity, code, message };
}
