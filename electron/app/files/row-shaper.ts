import { cleanCells } from './cell-text';
import { checkWidth, fileError } from './file-error';
import { columnLetter } from './header-row';
import type { Issue } from './issue';
import { rowIssue } from './issue';
import type { SourceRow } from './table-types';

// Turns raw records into data rows: skips what is above the header, the header itself and
// blank rows (counted), and reports ragged rows with their line number instead of shifting
// or dropping cells.

/** A record is blank when every cell is empty or whitespace (",,,," rows from Excel too). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) {
    if (cell.length > 0 && cell.trim() !== '') return false;
  }
  return true;
}

/** Stateful shaper for one pass over a table (CSV or XLSX). */
export class RowShaper {
  /** Index the next data row gets. */
  nextIndex: number;
  /** Blank rows skipped after the header, and the first one's line. */
  blankRows = 0;
  firstBlankLine: number | undefined;
  /** Look for U+FFFD in cells (set once the text is known to contain one). */
  checkReplacement: boolean;

  constructor(
    private readonly path: string,
    private readonly columns: readonly string[],
    private readonly headerLine: number,
    private readonly limits: { maxColumns: number; maxCellChars: number },
    firstIndex = 0,
    /** XLSX cells carry their column address: short rows are complete, nothing can shift. */
    private readonly addressed = false,
  ) {
    this.nextIndex = firstIndex;
    this.checkReplacement = addressed;
  }

  /** The data row for a record, or undefined when it is skipped. */
  shape(cells: string[], line: number, quoteError?: string, extra?: Issue[]): SourceRow | undefined {
    if (line <= this.headerLine) return undefined;
    checkWidth(this.path, cells.length, line, this.limits);
    if (quoteError === 'MissingQuotes') {
      throw fileError(this.path, `Row ${line}: a quote (") opened in this row is never closed, so the rest of the file would be read as one cell. Fix the quote and open the file again.`, { row: line });
    }
    if (isBlankRecord(cells)) {
      this.blankRows++;
      this.firstBlankLine ??= line;
      return undefined;
    }
    let issues = cleanCells(cells, line, this.columns, { maxCellChars: this.limits.maxCellChars, checkReplacement: this.checkReplacement }, this.path);
    if (extra) issues = issues ? [...extra, ...issues] : extra;
    const shapeIssue = this.fitWidth(cells, line);
    if (shapeIssue) (issues ??= []).push(shapeIssue);
    if (quoteError) (issues ??= []).push(rowIssue(line, 'warning', 'quotes', `Row ${line} has a quote (") in an unexpected place; check its values.`));
    const row: SourceRow = { index: this.nextIndex++, line, cells };
    if (issues) row.issues = issues;
    return row;
  }

  private fitWidth(cells: string[], line: number): Issue | undefined {
    const width = this.columns.length;
    if (cells.length > width) {
      let used = cells.length;
      while (used > width && (cells[used - 1] as string).trim() === '') used--;
      // Trailing empty cells (a trailing delimiter) are harmless: drop them.
      if (used === width) {
        cells.length = width;
        return undefined;
      }
      if (this.addressed) {
        return rowIssue(line, 'warning', 'cells-beyond-header', `Row ${line} has values in column ${columnLetter(used - 1)}, to the right of the last column with a header; they are ignored.`);
      }
      return rowIssue(line, 'error', 'too-many-cells', `Row ${line} has ${used} cells but the header has ${width} columns; some values may be in the wrong columns.`);
    }
    if (cells.length < width) {
      const had = cells.length;
      while (cells.length < width) cells.push('');
      if (this.addressed) return undefined;
      return rowIssue(line, 'error', 'too-few-cells', `Row ${line} has ${had} cells but the header has ${width} columns; some values may be in the wrong columns.`);
    }
    return undefined;
  }
}
