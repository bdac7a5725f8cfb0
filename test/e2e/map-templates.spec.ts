import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { writeJourneyFiles } from './helpers/journey-files';
import { wizard } from './helpers/wizard';

// Mapping templates: save, offered again when the same headers come back, rename, delete;
// export and import of the mapping as JSON.

test.setTimeout(120_000);

test('a saved mapping comes back for the same headers; export, import, rename and delete work', async ({ page }) => {
  const files = await writeJourneyFiles();
  const w = wizard(page);
  await w.signIn.useSandbox();
  await w.account.choose('Sandbox Shop US');
  await w.file.drop(files.csv);
  await w.file.continue();
  await w.map.waitFor('ready');
  await w.map.fieldOf('Customer').selectOption('user_data.external_id');

  await w.map.button('Save as template…').click();
  await page.getByLabel('Template name').fill('Shop export');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(w.map.root.getByLabel('Saved mappings')).toBeVisible();

  const download = page.waitForEvent('download');
  await w.map.button('Export mapping (JSON)').click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported.fields['user_data.external_id']).toEqual({ column: 'Customer' });

  // The same file again: the template is offered and restores the hand-made choice.
  await page.getByRole('button', { name: 'Back to 3. File' }).click();
  await w.file.drop(files.csv);
  await w.file.continue();
  await w.map.waitFor('ready');
  await expect(w.map.root.getByText('A saved mapping fits this file')).toBeVisible();
  await w.map.fieldOf('Customer').selectOption({ label: "Don't send this column" });
  await w.map.root.getByRole('button', { name: 'Use it: Shop export' }).click();
  await expect(w.map.fieldOf('Customer')).toHaveValue('user_data.external_id');

  // Import: a mapping that sends the phone as the customer id instead.
  const imported = { ...exported, fields: { ...exported.fields, 'user_data.external_id': { column: 'Phone' } } };
  delete imported.fields['user_data.ph'];
  const jsonPath = join(files.dir, 'mapping.json');
  writeFileSync(jsonPath, JSON.stringify(imported));
  await w.map.root.getByTestId('mapping-input').setInputFiles(jsonPath);
  await expect(w.map.fieldOf('Phone')).toHaveValue('user_data.external_id');

  await w.map.button('Manage saved mappings').click();
  const dialog = page.getByRole('dialog', { name: 'Saved mappings' });
  await dialog.getByRole('textbox').fill('Shop export (v2)');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog.getByRole('button', { name: 'Delete template Shop export (v2)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete template Shop export (v2)' }).click();
  await expect(dialog.getByText('No saved mappings yet.')).toBeVisible();
  rmSync(files.dir, { recursive: true, force: true });
});
