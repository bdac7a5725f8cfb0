import { rmSync } from 'node:fs';
import { expect, test } from './support/app-fixture';
import { writeBigCsv, writeJourneyFiles } from './helpers/journey-files';
import { wizard } from './helpers/wizard';

// The preview renders only what is on screen and fetches pages on demand: a 20,000-row file
// keeps a few dozen rows in the page, and the last row shows up when scrolled to.

test.setTimeout(120_000);

test('the preview scrolls through every row while keeping only the visible ones in the page', async ({ page }) => {
  const files = await writeJourneyFiles();
  const big = writeBigCsv(files.dir, 20_000);
  const w = wizard(page);
  await w.signIn.useSandbox();
  await w.account.choose('Sandbox Shop US');
  await w.file.drop(big);
  await w.file.continue();
  await w.map.waitFor('ready');
  await w.map.continue();

  await w.preview.waitFor('ready');
  await w.preview.expectTotal(20_000);
  const grid = page.getByTestId('preview-grid');
  await expect(grid.locator('[role="row"][data-row="2"]')).toBeVisible();
  expect(await grid.locator('[role="row"]').count()).toBeLessThan(60);

  await grid.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(grid.locator('[role="row"][data-row="20001"]')).toBeVisible();
  expect(await grid.locator('[role="row"]').count()).toBeLessThan(60);

  // Back in the middle: the placeholders are replaced by rows once their page arrives.
  await grid.evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
  });
  await expect(grid.locator('[role="row"][data-loading="yes"]')).toHaveCount(0);
  await expect(grid.locator('[role="row"][data-row]').first()).toBeVisible();
  rmSync(files.dir, { recursive: true, force: true });
});
