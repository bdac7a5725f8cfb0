import { createRequire } from 'node:module';
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import type * as ExcelJsModule from 'exceljs';
import { fileError, unsafeFileError } from './file-error';
import type { ReadLimits } from './table-types';
import type { SafeZip } from './zip-guard';
import { openSafeZip } from './zip-guard';

// exceljs's streaming WorkbookReader does the XLSX parsing (relationships, workbook, styles for
// date formats, cached shared strings, rows). We feed it the parts ourselves, from the guarded
// ZIP and in dependency order, instead of letting it unzip the file unchecked: that keeps the
// bomb caps of ING-09 and lets us read just the one sheet asked for.

// exceljs takes ~0.2 s of CPU to load; it is loaded on the first workbook only, so CSV runs
// (and every worker thread, which loads this module too) never pay for it.
// A plain CommonJS require (not import(), whose module shape differs between the bundle, the
// sources under test and Electron's asar).
let excel: typeof ExcelJsModule | undefined;
const loadExcel = (): typeof ExcelJsModule => (excel ??= createRequire(__filename)('exceljs') as typeof ExcelJsModule);

/** A sheet of the workbook, in tab order. */
export interface SheetRef {
  name: string;
  part: string;
  hidden: boolean;
}

/** A row as exceljs gives it. */
export interface XlsxRow {
  number: number;
  cellCount: number;
  eachCell(callback: (cell: { value: unknown; numFmt?: string }, column: number) => void): void;
}

// exceljs 4.4.0 (pinned) internals we drive; a test opens real workbooks through them.
interface ReaderInternals {
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseStyles(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>;
  _parseWorksheet(part: Readable, sheetNo: string): Iterable<{ value: AsyncIterable<XlsxRow> }>;
  workbookRels?: Array<{ Id: string; Target: string }>;
  model?: { sheets?: Array<{ name: string; rId: string; state?: string }> };
  properties?: { model?: { date1904?: boolean } };
}

/** One pass over a workbook: the parsed shared parts and the guarded ZIP. */
export interface WorkbookSession {
  sheets: SheetRef[];
  date1904: boolean;
  /** Rows of one sheet, in order; `counter.bytes` follows the inflated bytes read. */
  rows(sheet: SheetRef, counter?: { bytes: number }): AsyncIterable<XlsxRow>;
  /** Declared inflated size of a sheet's part. */
  partSize(sheet: SheetRef): number;
  close(): void;
}

function sheetRefs(path: string, reader: ReaderInternals): SheetRef[] {
  const rels = new Map((reader.workbookRels ?? []).map((r) => [r.Id, r.Target]));
  return (reader.model?.sheets ?? []).flatMap((sheet) => {
    const target = rels.get(sheet.rId);
    if (!target) return [];
    const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
    return [{ name: sheet.name, part, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden' }];
  });
}

async function readParts(zip: SafeZip, reader: ReaderInternals, limits: ReadLimits): Promise<void> {
  await reader._parseRels(await zip.open('xl/_rels/workbook.xml.rels'));
  await reader._parseWorkbook(await zip.open('xl/workbook.xml'));
  if (zip.has('xl/styles.xml')) await reader._parseStyles(await zip.open('xl/styles.xml'));
  if (zip.has('xl/sharedStrings.xml')) {
    for await (const _ of reader._parseSharedStrings(await zip.open('xl/sharedStrings.xml', limits.maxSharedStringsBytes))) {
      // 'cache' mode yields nothing; the strings land in reader.sharedStrings
    }
  }
}

/** Opens a workbook: guarded ZIP, relationships, sheet list, styles and shared strings. */
export async function openWorkbook(path: string, limits: ReadLimits): Promise<WorkbookSession> {
  const zip = await openSafeZip(path, limits);
  try {
    if (!zip.has('xl/workbook.xml') || !zip.has('xl/_rels/workbook.xml.rels')) {
      throw fileError(path, 'This ZIP file is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx or CSV.');
    }
    const { stream: excelStream } = loadExcel();
    const reader = new excelStream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' }) as unknown as ReaderInternals;
    await readParts(zip, reader, limits).catch((error: unknown) => {
      throw (error as { name?: string }).name === 'FileReadError' ? error : unsafeOrDamaged(path, error);
    });
    const sheets = sheetRefs(path, reader);
    if (sheets.length === 0) throw fileError(path, 'This workbook has no worksheets.');
    return {
      sheets,
      date1904: reader.properties?.model?.date1904 === true,
      rows: (sheet, counter) => sheetRows(path, zip, reader, sheet, counter),
      partSize: (sheet) => zip.size(sheet.part),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function* sheetRows(path: string, zip: SafeZip, reader: ReaderInternals, sheet: SheetRef, counter?: { bytes: number }): AsyncGenerator<XlsxRow> {
  if (!zip.has(sheet.part)) throw fileError(path, `The sheet "${sheet.name}" is missing from this workbook; it may be damaged.`);
  const part = await zip.open(sheet.part, undefined, counter);
  try {
    for (const { value } of reader._parseWorksheet(part, '1')) {
      try {
        yield* value;
      } catch (error) {
        throw (error as { name?: string }).name === 'FileReadError' ? error : unsafeOrDamaged(path, error);
      }
    }
  } finally {
    part.destroy();
  }
}

function unsafeOrDamaged(path: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : '';
  if (/entity|doctype/i.test(message)) return unsafeFileError(path, 'it declares XML entities.');
  return fileError(path, 'This workbook could not be read: it may be damaged. Open it in Excel and save it again.');
}
