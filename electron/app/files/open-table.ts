import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { openCsvTable } from './csv-table';
import { fileError, unsafeFileError } from './file-error';
import type { ReadLimits, Table, TableOptions } from './table-types';
import { defaultLimits } from './table-types';
import { openXlsxTable } from './xlsx-table';

// The one entry point for reading a spreadsheet: checks the size, sniffs the real format from
// the first bytes (exports are often misnamed) and hands over to the CSV or XLSX reader.

/** Limits with the caller's overrides applied. */
export function resolveLimits(options: TableOptions): ReadLimits {
  return { ...defaultLimits, ...options.limits };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.ceil(bytes / 1024 ** 2)} MB`;
}

async function firstBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** 'xlsx' or 'csv' from the content (and name, for messages); refuses formats we cannot read. */
export async function sniffFormat(path: string): Promise<'csv' | 'xlsx'> {
  const head = await firstBytes(path);
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw fileError(path, `"${name}" is an old Excel .xls file or a password-protected workbook. Open it in Excel and save it as .xlsx (without a password) or as CSV UTF-8.`);
  }
  if (head.subarray(0, 4).toString('latin1') === '%PDF') throw fileError(path, `"${name}" is a PDF, not a spreadsheet. Export the data as CSV or Excel instead.`);
  if (ext === '.xlsx' || ext === '.xlsm') throw fileError(path, `"${name}" is not a valid Excel workbook: it may be damaged or only renamed to .xlsx.`);
  return 'csv';
}

/** Opens a spreadsheet for streaming (detection only; rows are read on demand). */
export async function openTable(path: string, options: TableOptions = {}): Promise<Table> {
  const limits = resolveLimits(options);
  const info = await stat(path);
  if (info.isDirectory()) throw fileError(path, `"${basename(path)}" is a folder, not a spreadsheet.`);
  if (info.size > limits.maxFileBytes) {
    throw unsafeFileError(path, `it is ${formatSize(info.size)} and the limit is ${formatSize(limits.maxFileBytes)}. Split it into smaller files.`);
  }
  if (info.size === 0) throw fileError(path, `"${basename(path)}" is empty.`);
  const format = await sniffFormat(path);
  return format === 'xlsx' ? openXlsxTable(path, info.size, options, limits) : openCsvTable(path, info.size, options, limits);
}
