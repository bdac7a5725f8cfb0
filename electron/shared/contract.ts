import { z } from 'zod';
import { mappingSchema } from './mapping';
import type {
  countsSchema} from './views';
import {
  adAccountViewSchema,
  authStatusSchema,
  datasetInfoSchema,
  historyEntrySchema,
  issueSchema,
  rowStatusSchema,
  uploadProgressSchema,
} from './views';

// The one typed contract between the renderer and the backend. Both transports (Electron IPC
// and the loopback HTTP bridge) are generated from this table; nothing is declared twice.
// Naming: `area:action`. Every call takes ONE object and resolves to Result<output>.

const none = z.object({}).strict();
const id = (key: string) => z.object({ [key]: z.string().min(1).max(200) }).strict();
const datasetRef = z.object({ datasetId: z.string().min(1).max(200) });
const jobRef = z.object({ jobId: z.string().min(1).max(200) });
const adAccountId = z.string().regex(/^\d{1,18}$/, 'An ad account id is 1 to 18 digits.');

/** Mapping suggestion for one column. */
export const columnSuggestionSchema = z.object({
  column: z.string(),
  field: z.string().optional(),
  confidence: z.number().min(0).max(1),
  reason: z.string(),
});

/** Counts and quality over a whole file for one mapping. */
export const evaluationSchema = z.object({
  rows: z.number().int(),
  events: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  warnings: z.number().int(),
  duplicates: z.number().int(),
  /** Whether this covers the whole file or a first sample of it. */
  complete: z.boolean(),
  /** Share (0..1) of valid events carrying each match key. */
  matchQuality: z.record(z.string(), z.number()),
  /** Most frequent issue codes with a sample message. */
  topIssues: z.array(z.object({ code: z.string(), count: z.number().int(), message: z.string(), column: z.string().optional() })),
  /** Mapping-level problems (missing required fields...). */
  mappingIssues: z.array(z.object({ field: z.string(), severity: z.enum(['error', 'warning']), message: z.string() })),
});

/** One row in the preview table (raw cells of mapped columns: shown only on request). */
export const previewRowSchema = z.object({
  row: z.number().int(),
  status: rowStatusSchema,
  eventId: z.string().optional(),
  cells: z.record(z.string(), z.string()),
  issues: z.array(issueSchema),
});

/** An identity field explained: raw → normalized → hashed. */
export const identityTraceSchema = z.object({
  field: z.string(),
  column: z.string().optional(),
  raw: z.string(),
  normalized: z.string().optional(),
  hashed: z.string().optional(),
  note: z.string().optional(),
});

/** A saved mapping template. */
export const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  mapping: mappingSchema,
  /** Column headers the template was made for (to offer it again). */
  headers: z.array(z.string()),
  updatedAt: z.number(),
});

/** Problem row of a finished (or running) job. */
export const problemRowSchema = z.object({
  row: z.number().int(),
  status: rowStatusSchema,
  eventId: z.string().optional(),
  message: z.string(),
  column: z.string().optional(),
});

/** Every channel: input and output schemas. */
export const channels = {
  'app:info': {
    input: none,
    output: z.object({
      version: z.string(),
      shell: z.enum(['electron', 'browser']),
      platform: z.string(),
      /** Path of the sample spreadsheet shipped with the app ("Try the sample file"), if present. */
      samplePath: z.string().optional(),
    }),
  },
  'auth:status': { input: none, output: authStatusSchema },
  'auth:sign-in-sandbox': { input: none, output: authStatusSchema },
  'auth:sign-in-token': {
    input: z
      .object({ token: z.string().min(1).max(4096), adAccountId, label: z.string().max(100).optional() })
      .strict(),
    output: authStatusSchema,
  },
  /** Starts OAuth: the backend listens on loopback and returns the URL to open in the system browser. */
  'auth:oauth-start': { input: none, output: z.object({ authorizeUrl: z.string().url(), openedExternally: z.boolean() }) },
  'auth:oauth-cancel': { input: none, output: authStatusSchema },
  'auth:switch': { input: id('connectionId'), output: authStatusSchema },
  'auth:sign-out': { input: z.object({ connectionId: z.string().optional() }).strict(), output: authStatusSchema },
  /** Persist secrets even though this machine only offers insecure storage (after a warning). */
  'auth:allow-insecure-storage': { input: z.object({ allow: z.boolean() }).strict(), output: authStatusSchema },
  'settings:get': {
    input: none,
    output: z.object({
      oauthClientId: z.string().optional(),
      hasOauthClientSecret: z.boolean(),
      tokenExchangeUrl: z.string().optional(),
      apiBaseUrl: z.string(),
      maxEventAgeDays: z.number().int(),
    }),
  },
  'settings:update': {
    input: z
      .object({
        oauthClientId: z.string().max(200).optional(),
        oauthClientSecret: z.string().max(500).optional(),
        tokenExchangeUrl: z.string().url().or(z.literal('')).optional(),
        maxEventAgeDays: z.number().int().min(1).max(365).optional(),
      })
      .strict(),
    output: z.object({ saved: z.boolean() }),
  },
  'accounts:list': {
    input: none,
    output: z.object({
      /** False in conversion-token mode: Pinterest lets that token only send events. */
      canList: z.boolean(),
      accounts: z.array(adAccountViewSchema),
      lastChosenId: z.string().optional(),
      message: z.string().optional(),
    }),
  },
  'accounts:choose': { input: z.object({ adAccountId }).strict(), output: z.object({ adAccountId }) },
  'dataset:open': {
    input: z
      .object({
        path: z.string().min(1).max(4096),
        sheet: z.string().optional(),
        encoding: z.string().optional(),
        delimiter: z.string().max(1).optional(),
        headerRow: z.number().int().positive().optional(),
      })
      .strict(),
    output: datasetInfoSchema,
  },
  'dataset:cancel': { input: datasetRef, output: z.object({ cancelled: z.boolean() }) },
  'dataset:close': { input: datasetRef, output: z.object({ closed: z.boolean() }) },
  'dataset:recent': {
    input: none,
    output: z.object({ files: z.array(z.object({ path: z.string(), fileName: z.string(), openedAt: z.number() })) }),
  },
  'mapping:suggest': {
    input: datasetRef,
    output: z.object({
      mapping: mappingSchema,
      columns: z.array(columnSuggestionSchema),
      /** A saved template whose headers match this file. */
      template: templateSchema.optional(),
    }),
  },
  'mapping:evaluate': {
    input: datasetRef.extend({ mapping: mappingSchema, sampleOnly: z.boolean().optional() }),
    output: evaluationSchema,
  },
  'mapping:parse': { input: z.object({ json: z.string().max(1_000_000) }), output: mappingSchema },
  'mapping:catalog': {
    input: none,
    output: z.object({
      fields: z.array(
        z.object({
          path: z.string(),
          label: z.string(),
          help: z.string(),
          group: z.enum(['event', 'identity', 'value', 'products', 'other']),
          required: z.boolean(),
          recommended: z.boolean(),
          hashed: z.boolean(),
          multi: z.boolean(),
        }),
      ),
      eventNames: z.array(z.string()),
      timezones: z.array(z.string()),
    }),
  },
  'templates:list': { input: none, output: z.object({ templates: z.array(templateSchema) }) },
  'templates:save': {
    input: z.object({ id: z.string().optional(), name: z.string().min(1).max(100), mapping: mappingSchema, headers: z.array(z.string()) }),
    output: templateSchema,
  },
  'templates:rename': { input: z.object({ id: z.string(), name: z.string().min(1).max(100) }), output: templateSchema },
  'templates:delete': { input: id('id'), output: z.object({ deleted: z.boolean() }) },
  'preview:page': {
    input: datasetRef.extend({
      mapping: mappingSchema,
      offset: z.number().int().nonnegative(),
      limit: z.number().int().positive().max(500),
      filter: z.enum(['all', 'errors', 'warnings', 'duplicates']),
    }),
    output: z.object({ total: z.number().int(), rows: z.array(previewRowSchema) }),
  },
  'preview:event': {
    input: datasetRef.extend({ mapping: mappingSchema, row: z.number().int().positive() }),
    output: z.object({ event: z.unknown().optional(), identity: z.array(identityTraceSchema), issues: z.array(issueSchema) }),
  },
  'upload:start': {
    input: datasetRef.extend({
      mapping: mappingSchema,
      adAccountId,
      test: z.boolean(),
      /** Send rows the ledger says were already sent. */
      force: z.boolean().optional(),
      /** Re-send only these rows of a previous job (the failed ones after a fix). */
      retryOfJobId: z.string().optional(),
    }),
    output: z.object({ jobId: z.string() }),
  },
  'upload:pause': { input: jobRef, output: uploadProgressSchema },
  'upload:resume': {
    input: jobRef.extend({ resendPossiblySent: z.boolean().optional() }),
    output: uploadProgressSchema,
  },
  'upload:cancel': { input: jobRef, output: uploadProgressSchema },
  'upload:status': { input: jobRef, output: uploadProgressSchema },
  'upload:jobs': { input: none, output: z.object({ jobs: z.array(uploadProgressSchema) }) },
  'upload:problems': {
    input: jobRef.extend({ offset: z.number().int().nonnegative(), limit: z.number().int().positive().max(500) }),
    output: z.object({ total: z.number().int(), rows: z.array(problemRowSchema) }),
  },
  /**
   * With `path` the report is written there. Without it (browser shell) nothing is stored: the
   * answer has no `path` but a single-use `downloadUrl` the bridge streams the CSV from.
   * `valueFree`: row, column, status, code and message of the problem rows, no cell of the file.
   */
  'report:export': {
    input: jobRef.extend({ path: z.string().max(4096).optional(), onlyProblems: z.boolean().optional(), valueFree: z.boolean().optional() }),
    output: z.object({ path: z.string().optional(), rows: z.number().int(), downloadUrl: z.string().optional() }),
  },
  'history:list': { input: none, output: z.object({ entries: z.array(historyEntrySchema) }) },
} as const;

/** Events pushed from the backend to the renderer. */
export const events = {
  'auth:changed': authStatusSchema,
  'dataset:progress': z.object({ datasetId: z.string(), bytesRead: z.number(), totalBytes: z.number(), rows: z.number().int() }),
  'mapping:progress': z.object({ datasetId: z.string(), rowsDone: z.number().int(), rowsTotal: z.number().int() }),
  'upload:progress': uploadProgressSchema,
  /** An application-menu command the renderer carries out (Electron shell only). */
  'app:menu': z.object({ command: z.enum(['open-file', 'export-report']) }),
} as const;

/** Name of a request/response channel. */
export type Channel = keyof typeof channels;
/** Name of a pushed event. */
export type EventName = keyof typeof events;
/** Input type of a channel. */
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
/** Output type of a channel. */
export type ChannelOutput<C extends Channel> = z.infer<(typeof channels)[C]['output']>;
/** Payload type of an event. */
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
/** Counts type re-exported for convenience. */
export type Counts = z.infer<typeof countsSchema>;
