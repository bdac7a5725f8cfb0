import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

const types: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Drops a file on the window the way a user's drag-and-drop does: a DataTransfer holding a File
 * built from the fixture's bytes, dispatched as dragenter, dragover and drop on the page body.
 */
export async function dropFile(page: Page, path: string): Promise<void> {
  const name = basename(path);
  const type = types[name.split('.').pop() ?? ''] ?? 'application/octet-stream';
  const base64 = readFileSync(path).toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ({ name: fileName, base64: data, type: mime }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], fileName, { type: mime }));
      return transfer;
    },
    { name, base64, type },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  // While a file is dragged over the window, the whole window says where it will go.
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}
