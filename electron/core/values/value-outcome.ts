// Outcomes of the value parsers. As with normalizers, `message` quotes the cell for the
// preview and must never be persisted; `code` is safe to write to reports and journals.

/** A problem that still lets the value be sent. */
export interface ValueWarning {
  code: string;
  message: string;
}

/** Result of parsing one cell into a typed value. */
export type ValueOutcome<T> =
  | { kind: 'value'; value: T; warning?: ValueWarning }
  | { kind: 'empty' }
  | { kind: 'invalid'; code: string; message: string };

/** Decimal separator of a number column. */
export type DecimalSeparator = '.' | ',';

/** Quotes a cell for a preview message, shortened so a huge cell cannot flood the UI. */
export function quoteCell(raw: string): string {
  const s = raw.trim();
  return `'${s.length > 40 ? `${s.slice(0, 37)}...` : s}'`;
}
