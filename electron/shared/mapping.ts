import { z } from 'zod';

/**
 * A mapping says, per Pinterest field (its own path: `user_data.em`, `custom_data.value`,
 * `custom_data.contents.id`, ...), where the value comes from: one column, several columns
 * (multi-valued identity fields such as two email columns), or a constant. It is saved and
 * loaded as JSON in exactly this form; unknown extra keys are kept (passthrough).
 */
export const fieldSourceSchema = z
  .object({
    column: z.string().min(1).optional(),
    columns: z.array(z.string().min(1)).min(1).optional(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    /** Date/time format hint for event_time / user_data.db (tokens like DD.MM.YYYY HH:mm). */
    format: z.string().optional(),
    /** Decimal separator hint for money and numbers. */
    decimal: z.enum(['.', ',']).optional(),
    /** The column already holds SHA-256 hex: pass through (lowercased), never hash twice. */
    hashed: z.boolean().optional(),
    /**
     * For user_data.fn / user_data.ln fed by a full-name column ("Anna Schmidt"): take the first
     * or the last name of it (see core/normalize/full-name.ts).
     */
    part: z.enum(['first', 'last']).optional(),
  })
  .passthrough()
  .refine((s) => [s.column, s.columns, s.value].filter((v) => v !== undefined).length === 1, {
    message: 'Give exactly one of "column", "columns" or "value".',
  });

/**
 * How the map step (and a column suggestion) names "this full-name column is split into first
 * and last name": user_data.fn and user_data.ln from the same column, parts "first" and "last".
 */
export const fullNameChoice = 'user_data.fn+ln';

/** Where one Pinterest field takes its value from. */
export type FieldSource = z.infer<typeof fieldSourceSchema>;

/** Options that apply to the whole mapping. */
export const mappingOptionsSchema = z
  .object({
    /** IANA zone for date-times without an offset. */
    timezone: z.string().optional(),
    /** ISO 3166 alpha-2 country for national phone numbers, zip codes and states. */
    defaultCountry: z.string().length(2).optional(),
    /** Field path whose equal values merge consecutive line-item rows into one event. */
    mergeRowsBy: z.string().optional(),
    /** Default decimal separator when a field has none. */
    decimal: z.enum(['.', ',']).optional(),
    /** Default date format when event_time has none. */
    dateFormat: z.string().optional(),
    /** Oldest accepted event, in days (Pinterest rejects old offline events). */
    maxEventAgeDays: z.number().int().positive().optional(),
  })
  .passthrough();

/** Options of a mapping. */
export type MappingOptions = z.infer<typeof mappingOptionsSchema>;

/** The mapping file format, version 1. */
export const mappingSchema = z
  .object({
    version: z.literal(1),
    fields: z.record(z.string(), fieldSourceSchema),
    options: mappingOptionsSchema.default({}),
  })
  .passthrough();

/** A column → Pinterest field mapping (the saved template format). */
export type Mapping = z.infer<typeof mappingSchema>;
