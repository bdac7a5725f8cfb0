import type { Civil } from './civil';

/** Which epoch a workbook's serial dates count from. */
export type ExcelDateSystem = 1900 | 1904;

const DAY_MS = 86_400_000;
// Serial 61 = 1900-03-01. Excel (copying Lotus 1-2-3) believes 1900-02-29 exists as serial
// 60, so from 61 on the real epoch is 1899-12-30; below 60 it is 1899-12-31.
const EPOCH_1900_LATE = Date.UTC(1899, 11, 30);
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
// The 1904 system (old Mac Excel, workbook option "Use 1904 date system") counts from
// 1904-01-01 = serial 0 and has no leap-year bug. CSV cells carry no hint of it, so we use
// it only when the caller says so (the XLSX reader knows the workbook flag and anyway
// converts date cells to ISO text before they reach us).
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Converts an Excel serial (days, fraction = time of day) to a naive wall-clock time. */
export function excelSerialToCivil(serial: number, system: ExcelDateSystem = 1900): Civil | undefined {
  if (!Number.isFinite(serial) || serial < (system === 1900 ? 1 : 0) || serial >= 2_958_466) return undefined;
  if (system === 1900 && Math.floor(serial) === 60) return undefined; // 1900-02-29 never existed
  const epoch = system === 1904 ? EPOCH_1904 : serial < 60 ? EPOCH_1900_EARLY : EPOCH_1900_LATE;
  // Round to the second: serials store times as binary fractions (0.1 s of noise is common).
  const ms = epoch + Math.round(serial * 86_400) * 1000;
  const d = new Date(ms);
  const hasTime = ms % DAY_MS !== 0 || serial % 1 !== 0;
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: 0,
    offsetMinutes: undefined, hasTime,
  };
}
