import { rmSync } from 'node:fs';
import { expect, test } from './support/app-fixture';
import { writeJourneyFiles } from './helpers/journey-files';
import { tabAndEnter, tabTo } from './helpers/keyboard';
import { wizard } from './helpers/wizard';

// The whole journey with the keyboard only: Tab, Enter, Space and arrow keys. The one thing a
// keyboard user does outside the page, choosing the file in the system's file dialog, is what
// Playwright's file chooser stands for.

test.setTimeout(180_000);

test('the journey can be completed with the keyboard alone', async ({ page }) => {
  const files = await writeJourneyFiles();
  const w = wizard(page);

  await w.signIn.waitFor('ready');
  await tabAndEnter(page, 'Use the Sandbox');

  await w.account.waitFor('ready');
  await expect(w.account.heading).toBeFocused();
  await tabTo(page, 'Sandbox Shop US');
  await page.keyboard.press('Space');
  await tabAndEnter(page, 'Continue');

  await w.file.waitFor('empty');
  await expect(w.file.heading).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await tabAndEnter(page, 'Choose a file…');
  await (await chooser).setFiles(files.csv);
  await w.file.waitFor('ready');
  await tabAndEnter(page, 'Continue');

  await w.map.waitFor('ready');
  await tabTo(page, 'Send column “Customer” as');
  await page.keyboard.press('ArrowDown');
  await w.map.waitForFullCounts();
  await tabAndEnter(page, 'Continue to preview');

  await w.preview.waitFor('ready');
  await tabAndEnter(page, /^Errors/);
  await w.preview.expectTotal(2);
  await tabAndEnter(page, 'Continue to sending');

  await w.send.waitFor('ready');
  await tabAndEnter(page, 'Send a test');
  await w.results.ready();
  await expect(w.results.heading).toBeFocused();

  await tabAndEnter(page, 'Go live…');
  await w.send.waitFor('ready');
  await tabAndEnter(page, 'Go live…');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await tabAndEnter(page, 'Send live now');
  await w.results.ready();
  await expect(w.results.root.getByTestId('job-state')).toHaveAttribute('data-job-state', 'done');
  rmSync(files.dir, { recursive: true, force: true });
});
