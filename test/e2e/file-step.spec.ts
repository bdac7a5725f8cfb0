import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { wizard } from './helpers/wizard';

// The file step: detection shown plainly and correctable, recent files, the file chooser.

const fixtures = join(__dirname, '..', 'fixtures', 'files');

test('a wrong detection can be corrected, and the file is read again with the correction', async ({ page }) => {
  const w = wizard(page);
  await w.signIn.useSandbox();
  await w.account.choose('Sandbox Shop US');
  await w.file.pick(join(fixtures, 'semicolon.csv'));
  await w.file.waitFor('ready');
  await expect(w.file.fact('delimiter')).toHaveText('semicolon (;)');
  await expect(w.file.fact('columns')).toHaveText('3');

  await w.file.button('Something looks wrong? Change it').click();
  await w.file.root.getByLabel('Separator').selectOption({ label: 'Comma (,)' });
  await w.file.button('Re-open with these settings').click();
  await w.file.waitFor('ready');
  await expect(w.file.fact('delimiter')).toHaveText('comma (,)');
  await expect(w.file.fact('columns')).not.toHaveText('3');
});

test('a file opened before is offered again under recent files', async ({ page }) => {
  const w = wizard(page);
  await w.signIn.useSandbox();
  await w.account.choose('Sandbox Shop US');
  await w.file.pick(join(fixtures, 'tab.tsv'));
  await w.file.waitFor('ready');
  await expect(w.file.fact('delimiter')).toHaveText('tab');
  await page.getByRole('button', { name: 'Back to 2. Ad account' }).click();
  await w.account.choose('Sandbox Shop US');
  await w.file.waitFor('empty');
  await w.file.root.getByRole('button', { name: 'Open tab.tsv again' }).click();
  await w.file.waitFor('ready');
  await expect(w.file.fact('file')).toContainText('tab.tsv');
});
