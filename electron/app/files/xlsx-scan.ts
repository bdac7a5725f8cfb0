import type { ScannedTable } from './scan-table';
import type { ReadControl, Table } from './table-types';
import { fileError } from './file-error';

/** Full pass over an XLSX table (placeholder until the streaming reader lands). */
export async function scanXlsx(table: Table, _control: ReadControl): Promise<ScannedTable> {
  throw fileError(table.path, 'Excel workbooks are not supported yet.');
}
