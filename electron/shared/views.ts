import { z } from 'zod';
import { appErrorSchema } from './app-error';

// Plain-data shapes the renderer sees. None of them ever carries a token; raw personal data
// appears only in preview pages the user asked for (dataset cells), never in status or history.

/** How the current connection signs its requests. */
export const authMethodSchema = z.enum(['sandbox', 'token', 'oauth']);

/** One saved connection (a token or an OAuth sign-in), without its secret. */
export const connectionSchema = z.object({
  id: z.string(),
  method: authMethodSchema,
  /** Who is signed in (OAuth: username) or a label the user chose. */
  accountName: z.string(),
  /** Conversion-token connections are bound to one ad account id. */
  adAccountId: z.string().optional(),
  /** Whether the secret survives a restart (false: kept for this session only). */
  persistent: z.boolean(),
  /** Unix ms when the access token expires, if known. */
  expiresAt: z.number().optional(),
  /** The saved secret cannot be used any more (unreadable, revoked, refresh refused): sign in again. */
  needsSignIn: z.boolean().optional(),
});

/** Where secrets are kept on this machine and whether that is safe. */
export const secretStorageSchema = z.object({
  /** e.g. 'keychain', 'dpapi', 'gnome_libsecret', 'kwallet6', 'basic_text', 'memory'. */
  backend: z.string(),
  /** True when tokens can be persisted encrypted with an OS-protected key. */
  secure: z.boolean(),
  /** The user accepted persisting with an insecure backend after a warning. */
  insecureOptIn: z.boolean(),
});

/** What the renderer may know about authentication. */
export const authStatusSchema = z.object({
  signedIn: z.boolean(),
  method: authMethodSchema.optional(),
  accountName: z.string().optional(),
  activeConnectionId: z.string().optional(),
  connections: z.array(connectionSchema),
  storage: secretStorageSchema,
  /** OAuth is offered only when a client id is configured. */
  oauthConfigured: z.boolean(),
  /** A Sandbox sign-in is offered (always true; labelled clearly). */
  sandboxAvailable: z.boolean(),
  /** A Pinterest sign-in is waiting for the browser to come back. */
  oauthPending: z.boolean().optional(),
  /** Why the last background sign-in (OAuth) failed, shown at the sign-in step. */
  lastError: appErrorSchema.optional(),
  /** A warning about the last sign-in that did not stop it (e.g. an unusual token shape). */
  notice: z.string().optional(),
});

/** An ad account as the picker shows it. */
export const adAccountViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().optional(),
  currency: z.string().optional(),
  /** Human role derived from Pinterest permissions, e.g. "Owner", "Admin", "Analyst". */
  role: z.string().optional(),
  /** False when the user's permissions do not allow sending conversions. */
  canSend: z.boolean(),
  /** Why the account cannot be used, when canSend is false. */
  reason: z.string().optional(),
  owner: z.string().optional(),
});

/** A problem with one cell or row, in the spreadsheet's terms. */
export const issueSchema = z.object({
  /** 1-based line number as Excel shows it (the header line counts). */
  row: z.number().int(),
  column: z.string().optional(),
  field: z.string().optional(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
});

/** What was detected when a file was opened (each item correctable by the user). */
export const datasetInfoSchema = z.object({
  datasetId: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  sizeBytes: z.number(),
  encoding: z.string().optional(),
  delimiter: z.string().optional(),
  /** 1-based line/row number of the header row. */
  headerRow: z.number().int(),
  sheet: z.string().optional(),
  sheets: z.array(z.string()).optional(),
  columns: z.array(z.string()),
  /** Data rows (excluding header and blank lines). */
  rowCount: z.number().int(),
  /** Up to a handful of sample values per column, for the mapping step. */
  samples: z.record(z.string(), z.array(z.string())),
  /** File-level problems (ragged rows, encoding fallback...). */
  issues: z.array(issueSchema),
  /** Size + SHA-256 of the bytes: recognises the same file again. */
  fingerprint: z.string(),
});

/** Per-row status in previews and results. */
export const rowStatusSchema = z.enum([
  'valid', // passes our validation, not yet sent
  'invalid', // our validation failed
  'sent', // Pinterest processed it
  'rejected', // Pinterest failed it, with its message
  'skipped', // already sent in an earlier run (ledger)
  'possibly-sent', // fate unknown after a crash or a lost answer
  'duplicate', // same event as an earlier row of the file: sent once
  'pending', // not yet processed in this job
]);

/** Counts that always reconcile with the file's row count. */
export const countsSchema = z.object({
  rows: z.number().int(),
  sent: z.number().int(),
  rejected: z.number().int(),
  invalid: z.number().int(),
  skipped: z.number().int(),
  possiblySent: z.number().int(),
  duplicate: z.number().int(),
  pending: z.number().int(),
});

/** A job's progress, as pushed to the renderer. */
export const uploadProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['queued', 'running', 'paused', 'done', 'cancelled', 'failed']),
  test: z.boolean(),
  adAccountId: z.string(),
  counts: countsSchema,
  /** Events acknowledged by Pinterest per second, recent average. */
  rate: z.number(),
  /** Seconds left, if it can be estimated. */
  etaSeconds: z.number().optional(),
  retries: z.number().int(),
  /** Why the job paused or failed, in plain words. */
  reason: z.string().optional(),
  errorKind: z.string().optional(),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
});

/** One past upload, with no personal data. */
export const historyEntrySchema = z.object({
  jobId: z.string(),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  fileName: z.string(),
  fingerprint: z.string(),
  adAccountId: z.string(),
  test: z.boolean(),
  state: z.string(),
  counts: countsSchema,
  durationMs: z.number().optional(),
});
