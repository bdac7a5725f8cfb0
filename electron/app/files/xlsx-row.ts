import { columnName } from './cell-text';
import { checkWidth } from './file-error';
import type { Issue } from './issue';
import { rowIssue } from './issue';
import type { XlsxRow } from './xlsx-workbook';
import type { CellText } from './xlsx-values';
import { valueText } from './xlsx-values';

// One exceljs row → cell texts in column order, with warnings for values Excel already damaged.

function problemIssue(line: number, column: string, cell: CellText): Issue {
  switch (cell.problem) {
    case 'precision':
      return rowIssue(line, 'warning', 'excel-precision', `Row ${line}, column ${column}: the number ${cell.text} has more than 15 digits, so Excel has already rounded it. If it is an id or a phone number, format the column as text and enter it again.`, column);
    case 'scientific':
      return rowIssue(line, 'warning', 'excel-scientific', `Row ${line}, column ${column}: Excel shows this number in scientific notation; we read the full value ${cell.text}. Check that it is complete.`, column);
    default:
      return rowIssue(line, 'warning', 'excel-error', `Row ${line}, column ${column}: the cell shows the Excel error ${cell.text}.`, column);
  }
}

/** Cell texts of a row (index = column - 1) and the value problems found. */
export function xlsxRowCells(path: string, row: XlsxRow, date1904: boolean, columns: readonly string[], maxColumns: number): { cells: string[]; issues?: Issue[] } {
  const width = row.cellCount;
  checkWidth(path, width, row.number, { maxColumns });
  const cells = new Array<string>(width).fill('');
  let issues: Issue[] | undefined;
  row.eachCell((cell, column) => {
    const text = valueText(cell, date1904);
    cells[column - 1] = text.text;
    if (text.problem) (issues ??= []).push(problemIssue(row.number, columnName(columns, column - 1), text));
  });
  return issues ? { cells, issues } : { cells };
}
