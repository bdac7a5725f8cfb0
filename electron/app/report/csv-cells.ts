// CSV cells for reports that people open in Excel or LibreOffice. Two rules, in this order:
// 1. OWASP CSV injection (ING-07): a cell starting with = + - @ TAB or CR could run as a formula,
//    so it gets a leading apostrophe (which also turns "-5" into "'-5": acceptable in a report).
// 2. RFC 4180: a cell containing the delimiter, a double quote, CR or LF is quoted and its
//    quotes doubled. Every other cell is written byte for byte.

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One cell, escaped against formula injection and quoted per RFC 4180. */
export function csvCell(text: string): string {
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record (CRLF-terminated, as RFC 4180 writes it). */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** True when a cell would be changed by the formula rule (for tests and messages). */
export function isFormulaLike(text: string): boolean {
  return formulaStart.test(text);
}
