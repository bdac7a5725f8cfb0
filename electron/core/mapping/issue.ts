import type { z } from 'zod';
import type { issueSchema } from '../../shared/views';

/** A problem with one cell or row, in the spreadsheet's terms (row = Excel line number). */
export type Issue = z.infer<typeof issueSchema>;
