import { fileError } from './file-error';
import type { ReadLimits, Table, TableOptions } from './table-types';

/** Opens an XLSX workbook (placeholder until the streaming reader lands). */
export async function openXlsxTable(path: string, _size: number, _options: TableOptions, _limits: ReadLimits): Promise<Table> {
  throw fileError(path, 'Excel workbooks are not supported yet.');
}
