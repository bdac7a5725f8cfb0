// Outcomes of event-time parsing. `message` quotes the cell for the preview only; persist `code`.

/** A note about how a time was read (shown in the preview; the row stays valid). */
export interface TimeWarning {
  code: string;
  message: string;
}

/** Result of reading one event_time cell. */
export type EventTimeOutcome =
  | { kind: 'ok'; seconds: number; warning?: TimeWarning }
  | { kind: 'invalid'; code: string; message: string };

/** Options for reading event times. */
export interface EventTimeOptions {
  /** The mapping's hint, e.g. "DD.MM.YYYY HH:mm"; values not matching it fall back to ISO/Unix. */
  format?: string;
  /** IANA zone for times written without an offset. */
  timezone: string;
  /** Now, in Unix milliseconds (from the Clock port); reserved for relative checks. */
  now: number;
  /** Day/month order of the column (detectDateOrder), for "3/4/2025"-style values. */
  dateOrder?: 'DMY' | 'MDY';
  /** Workbook uses the 1904 date system (only the XLSX reader can know). */
  excel1904?: boolean;
}

/** Quotes a cell for a preview message. */
export function quoteTime(raw: string): string {
  const s = raw.trim();
  return `'${s.length > 40 ? `${s.slice(0, 37)}...` : s}'`;
}
