import { fileError, throwIfAborted } from './file-error';
import { buildColumns, detectHeaderIndex } from './header-row';
import type { Issue } from './issue';
import { RowShaper } from './row-shaper';
import type { ReadControl, ReadLimits, SourceRow, Table, TableOptions } from './table-types';
import { xlsxRowCells } from './xlsx-row';
import type { SheetRef, WorkbookSession, XlsxRow } from './xlsx-workbook';
import { openWorkbook } from './xlsx-workbook';

// Opening an XLSX: the sheet (first visible by default), its header row from the first rows,
// and a rows() that streams the sheet again for every pass (the first pass reuses the session
// detection opened, so shared strings are not parsed twice).

const sampleRows = 60;
// Small chunks let exceljs's per-row objects die young instead of piling up in the old heap.
const chunkRows = 256;

/** An XLSX table; `rowsWith` lets the scan share the row shaper. */
export interface XlsxTable extends Table {
  format: 'xlsx';
  limits: ReadLimits;
  rowsWith(shaper: RowShaper | undefined, control?: ReadControl): AsyncGenerator<SourceRow[]>;
}

function pickSheet(path: string, sheets: SheetRef[], wanted: string | undefined): SheetRef {
  if (wanted === undefined) return sheets.find((s) => !s.hidden) ?? (sheets[0] as SheetRef);
  const found = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!found) throw fileError(path, `This workbook has no sheet named "${wanted}". Its sheets are: ${sheets.map((s) => s.name).join(', ')}.`);
  return found;
}

interface Primed {
  session: WorkbookSession;
  iterator: AsyncIterator<XlsxRow>;
  buffered: XlsxRow[];
  counter: { bytes: number };
}

async function prime(session: WorkbookSession, sheet: SheetRef): Promise<Primed> {
  const counter = { bytes: 0 };
  const iterator = session.rows(sheet, counter)[Symbol.asyncIterator]();
  const buffered: XlsxRow[] = [];
  while (buffered.length < sampleRows) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
  }
  return { session, iterator, buffered, counter };
}

/** Opens the workbook, picks the sheet and detects its header row. */
export async function openXlsxTable(path: string, sizeBytes: number, options: TableOptions, limits: ReadLimits): Promise<XlsxTable> {
  const session = await openWorkbook(path, limits);
  try {
    const sheet = pickSheet(path, session.sheets, options.sheet);
    const primed = await prime(session, sheet);
    const sample = primed.buffered.map((row) => xlsxRowCells(path, row, session.date1904, [], limits.maxColumns).cells);
    const lines = primed.buffered.map((row) => row.number);
    const headerIndex = options.headerRow === undefined ? detectHeaderIndex(sample) : lines.indexOf(options.headerRow);
    if (options.headerRow !== undefined && headerIndex === -1) {
      throw fileError(path, `Row ${options.headerRow} of sheet "${sheet.name}" is empty or not among its first ${sampleRows} rows, so it cannot be the header row.`, { row: options.headerRow });
    }
    if (headerIndex === -1) throw fileError(path, `The sheet "${sheet.name}" is empty.`);
    const headerRow = lines[headerIndex] as number;
    const header = buildColumns(sample[headerIndex] as string[], headerRow);
    return xlsxTable(path, sizeBytes, limits, session, primed, sheet, headerRow, header);
  } catch (error) {
    session.close();
    throw error;
  }
}

function xlsxTable(path: string, sizeBytes: number, limits: ReadLimits, first: WorkbookSession, primed: Primed | undefined, sheet: SheetRef, headerRow: number, header: { columns: string[]; issues: Issue[] }): XlsxTable {
  // Keep only plain facts of the first session: holding it would keep its shared strings alive.
  const { date1904 } = first;
  const sheets = first.sheets.map((s) => s.name);
  let unused = primed;
  async function* rowsWith(given: RowShaper | undefined, control: ReadControl = {}): AsyncGenerator<SourceRow[]> {
    const shaper = given ?? new RowShaper(path, header.columns, headerRow, limits, 0, true);
    const source = unused ?? (await prime(await openWorkbook(path, limits), sheet));
    unused = undefined;
    const total = Math.max(1, source.session.partSize(sheet));
    let rows: SourceRow[] = [];
    try {
      for await (const row of resume(source)) {
        throwIfAborted(control.signal);
        const { cells, issues } = xlsxRowCells(path, row, date1904, header.columns, limits.maxColumns);
        const shaped = shaper.shape(cells, row.number, undefined, issues);
        if (shaped) rows.push(shaped);
        if (rows.length >= chunkRows) {
          control.onProgress?.({ bytesRead: Math.round(sizeBytes * Math.min(1, source.counter.bytes / total)), totalBytes: sizeBytes, rows: shaper.nextIndex });
          yield rows;
          rows = [];
        }
      }
      if (rows.length > 0) yield rows;
    } finally {
      source.session.close();
    }
  }
  return {
    path, format: 'xlsx', sizeBytes, headerRow, sheet: sheet.name, sheets,
    columns: header.columns, issues: header.issues, limits, rowsWith,
    rows: (control) => rowsWith(undefined, control),
    close() {
      if (!unused) return;
      void unused.iterator.return?.();
      unused.session.close();
      unused = undefined;
    },
  };
}

async function* resume(primed: Primed): AsyncGenerator<XlsxRow> {
  try {
    yield* primed.buffered;
    for (;;) {
      const next = await primed.iterator.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await primed.iterator.return?.();
  }
}
