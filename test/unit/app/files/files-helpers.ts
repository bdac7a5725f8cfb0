import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SourceRow, Table } from '../../../../electron/app/files/table-types';
import { FileReadError } from '../../../../electron/app/files/file-error';
import type { AppError } from '../../../../electron/shared/app-error';

/** Path of a committed fixture. */
export function fixture(name: string): string {
  return resolve(__dirname, '../../../fixtures/files', name);
}

/** A fresh temp folder for this test file. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'files-test-'));
}

/** Writes `data` to a new temp file and returns its path. */
export function tempFile(name: string, data: string | Uint8Array, dir = tempDir()): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** Every data row of a table, flattened. */
export async function readAll(table: Pick<Table, 'rows'>): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const rows of table.rows()) out.push(...rows);
  return out;
}

/** The AppError a promise rejects with (fails the test if it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileReadError) return error.appError;
    throw error;
  }
  throw new Error('expected a FileReadError, but the call succeeded');
}
