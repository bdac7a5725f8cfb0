// Excel cell values → the exact text the rest of the app works with. Dates become naive wall
// time "YYYY-MM-DDTHH:mm:ss" (the mapping's time zone applies later), numbers plain decimal
// text without exponent, formulas their cached result, rich text its plain text.

/** A cell as exceljs's streaming reader gives it. */
export interface XlsxCell {
  value: unknown;
  numFmt?: string;
}

/** Text of a cell, plus a problem code when Excel already damaged the value. */
export interface CellText {
  text: string;
  problem?: 'precision' | 'scientific' | 'error';
}

/** Like exceljs's isDateFmt: any y/m/d/h/s outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(bare);
}

/** Expands "1.5e-7" / "1e+21" into plain decimal digits. */
export function plainDecimal(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign, int = '', frac = '', exp = '0'] = match;
  const digits = int + frac;
  const point = int.length + Number(exp);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, '');
  return sign + out;
}

/** Naive ISO wall time of an exceljs date (exceljs maps serials to UTC), rounded to seconds. */
export function naiveIso(date: Date): string {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 19) : '';
}

/** Serial day number → Date as exceljs does it (1900 or 1904 system). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function numberText(value: number, numFmt: string | undefined): CellText {
  if (!Number.isFinite(value)) return { text: '', problem: 'error' };
  const text = plainDecimal(String(value));
  if (Number.isInteger(value) && Math.abs(value) >= 1e15) return { text, problem: 'precision' };
  if (numFmt && /E\+/i.test(numFmt)) return { text, problem: 'scientific' };
  return { text };
}

function objectText(value: object, cell: XlsxCell, date1904: boolean): CellText {
  if ('richText' in value && Array.isArray(value.richText)) {
    return { text: value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('') };
  }
  if ('error' in value) return { text: String(value.error), problem: 'error' };
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === 'number' && isDateFormat(cell.numFmt)) return { text: naiveIso(serialToDate(result, date1904)) };
    return valueText({ value: result, numFmt: cell.numFmt }, date1904);
  }
  if ('text' in value && typeof value.text === 'string') return { text: value.text };
  return { text: '' };
}

/** The text of one cell. */
export function valueText(cell: XlsxCell, date1904: boolean): CellText {
  const value = cell.value;
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return numberText(value, cell.numFmt);
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: naiveIso(value) };
  if (typeof value === 'object') return objectText(value, cell, date1904);
  return { text: String(value) };
}
