import { fileError } from './file-error';
import type { Issue } from './issue';
import { rowIssue } from './issue';

// Cell clean-up shared by CSV and XLSX: Excel's leading apostrophe (typed to keep "02134" as
// text) is not part of the value, and numbers Excel shortened to "4.91512E+10" have lost their
// digits: we keep the text but warn (ING-10). Everything else stays exactly as written.

const scientific = /^[+-]?\d(?:[.,]\d+)?[eE]\+\d{1,3}$/;

/** True for text like "4.91512E+10" (a long number Excel displayed in scientific notation). */
export function isScientificText(cell: string): boolean {
  const n = cell.length;
  if (n < 4 || n > 24) return false;
  // The exponent has 1 to 3 digits, so "E+" sits just before one of the last three characters.
  const plus = cell.charCodeAt(n - 2) === 43 ? n - 2 : cell.charCodeAt(n - 3) === 43 ? n - 3 : cell.charCodeAt(n - 4) === 43 ? n - 4 : -1;
  if (plus < 2) return false;
  const e = cell.charCodeAt(plus - 1);
  return (e === 69 || e === 101) && scientific.test(cell);
}

/** Warning for a cell whose digits Excel already lost. */
export function scientificIssue(line: number, column: string, cell: string): Issue {
  return rowIssue(line, 'warning', 'excel-scientific',
    `Row ${line}, column ${column}: "${cell}" looks like a long number (a phone or id?) that Excel shortened to scientific notation; its last digits are lost. Format the column as text in Excel and export again.`, column);
}

function isApostropheText(cell: string): boolean {
  if (cell.charCodeAt(0) !== 39 || cell.length < 2) return false;
  const next = cell.charCodeAt(1);
  // digits + - = @ ( . : the cases where Excel users type ' to keep the text as typed
  return (next >= 48 && next <= 57) || next === 43 || next === 45 || next === 61 || next === 64 || next === 40 || next === 46;
}

/** Name of column `i` for messages (columns beyond the header get a letter name). */
export function columnName(columns: readonly string[], i: number): string {
  return columns[i] ?? `#${i + 1}`;
}

/** Warning for a cell holding U+FFFD: an earlier conversion already destroyed a character. */
export function replacementIssue(line: number, column: string): Issue {
  return rowIssue(line, 'warning', 'replacement-char',
    `Row ${line}, column ${column}: the text contains "\uFFFD", a character an earlier program could not convert; the original letter is lost. Check the value.`, column);
}

/** Cleans the cells of one data row in place; returns the issues found (or undefined). */
export function cleanCells(cells: string[], line: number, columns: readonly string[], checks: { maxCellChars: number; checkReplacement: boolean }, path: string): Issue[] | undefined {
  const { maxCellChars, checkReplacement } = checks;
  let issues: Issue[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (cell.length === 0) continue;
    if (checkReplacement && cell.includes('\uFFFD')) (issues ??= []).push(replacementIssue(line, columnName(columns, i)));
    if (cell.length > maxCellChars) {
      throw fileError(path, `Row ${line}, column ${columnName(columns, i)}: a cell has more than ${maxCellChars.toLocaleString('en-US')} characters.`, { row: line, column: columnName(columns, i) });
    }
    const first = cell.charCodeAt(0);
    if (first === 39 && isApostropheText(cell)) cells[i] = cell.slice(1);
    else if (first <= 57 && isScientificText(cell)) (issues ??= []).push(scientificIssue(line, columnName(columns, i), cell));
  }
  return issues;
}
