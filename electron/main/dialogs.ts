import type { BrowserWindow } from 'electron';
import { app, dialog } from 'electron';
import { join } from 'node:path';
import { safeFileName } from '../app/bridge/file-staging';

/** File types the app reads. */
export const spreadsheetFilters = [
  { name: 'Spreadsheets', extensions: ['csv', 'tsv', 'txt', 'xlsx'] },
  { name: 'All files', extensions: ['*'] },
];

/** Native open dialog for a spreadsheet; the chosen path or null. */
export async function showOpenSpreadsheet(window: BrowserWindow | undefined): Promise<string | null> {
  const options: Electron.OpenDialogOptions = { title: 'Open spreadsheet', properties: ['openFile'], filters: spreadsheetFilters };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Native save dialog for a report, starting in Documents; the chosen path or null. */
export async function showSaveReport(window: BrowserWindow | undefined, defaultName: string): Promise<string | null> {
  const name = safeFileName(defaultName);
  const options: Electron.SaveDialogOptions = {
    title: 'Export report',
    defaultPath: join(app.getPath('documents'), name),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
