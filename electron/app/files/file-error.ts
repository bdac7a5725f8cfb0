import { basename } from 'node:path';
import type { AppError } from '../../shared/app-error';
import { appError } from '../../shared/app-error';

/** Thrown inside the readers; carries the AppError the service returns (kind 'file' or 'cancelled'). */
export class FileReadError extends Error {
  /** The plain-data error that crosses the bridge. */
  readonly appError: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'FileReadError';
    this.appError = error;
  }
}

/** A `file` error naming the file (by name only: paths can hold personal folder names) and the row. */
export function fileError(path: string, message: string, where: { row?: number; column?: string } = {}): FileReadError {
  const fileName = basename(path);
  return new FileReadError(appError('file', message, { file: fileName, ...where }));
}

/** The refusal for bombs and absurd sizes (ING-08/09). */
export function unsafeFileError(path: string, reason: string): FileReadError {
  return fileError(path, `"${basename(path)}" is unsafe or too large to open: ${reason}`);
}

/** Refuses a row wider than the column limit (a 100,000-column row is an attack or an accident). */
export function checkWidth(path: string, cellCount: number, line: number, limits: { maxColumns: number }): void {
  if (cellCount <= limits.maxColumns) return;
  throw fileError(path, `Row ${line} has ${cellCount.toLocaleString('en-US')} cells; at most ${limits.maxColumns.toLocaleString('en-US')} columns are supported.`, { row: line });
}

/** Throws a `cancelled` error when the signal fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new FileReadError(appError('cancelled', 'Reading the file was cancelled.'));
}

/** Maps anything thrown while reading a file to an AppError (never leaks cell contents). */
export function toFileAppError(path: string, error: unknown): AppError {
  if (error instanceof FileReadError) return error.appError;
  const code = (error as { code?: unknown } | null)?.code;
  const name = basename(path);
  if (code === 'ENOENT') return appError('file', `"${name}" was not found. It may have been moved or deleted.`, { file: name });
  if (code === 'EACCES' || code === 'EPERM') return appError('file', `"${name}" cannot be read: permission denied.`, { file: name });
  if (code === 'EISDIR') return appError('file', `"${name}" is a folder, not a spreadsheet.`, { file: name });
  if ((error as { name?: unknown } | null)?.name === 'AbortError') return appError('cancelled', 'Reading the file was cancelled.');
  return appError('file', `"${name}" could not be read. It may be damaged or not a spreadsheet.`, { file: name });
}
