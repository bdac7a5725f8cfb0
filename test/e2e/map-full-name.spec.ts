import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { wizard } from './helpers/wizard';

// A shop export with only a full-name column ("Billing Name"): the map step suggests sending its
// first word as first name and its last as last name, shows it as one choice, and undoes it in one.

test.setTimeout(120_000);

test('a full-name column is suggested for first and last name, and can be unsent and split again', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cu-full-name-'));
  const file = join(dir, 'orders.csv');
  const now = Date.now();
  const rows = [0, 1, 2].map((i) => `buyer${i}@example.com,${['Anna Schmidt', 'Jan van der Berg', 'Bo Lee'][i]},${new Date(now - (i + 1) * 3_600_000).toISOString()},${20 + i}.00`);
  writeFileSync(file, `Email,Billing Name,Created at,Total\n${rows.join('\n')}\n`);
  const w = wizard(page);
  await w.signIn.useSandbox();
  await w.account.choose('Sandbox Shop US');
  await w.file.drop(file);
  await w.file.continue();
  await w.map.waitFor('ready');

  const split = 'Full name: first word as first name, last as last name';
  await expect(w.map.fieldOf('Billing Name').locator('option:checked')).toHaveText(split);
  await expect(w.map.root.getByText('column “Billing Name” (its first word)')).toBeVisible();
  await expect(w.map.root.getByText('column “Billing Name” (its last word)')).toBeVisible();

  await w.map.assign('Billing Name', "Don't send this column");
  await expect(w.map.root.getByText('column “Billing Name” (its first word)')).toHaveCount(0);
  await w.map.assign('Billing Name', split);
  await expect(w.map.root.getByText('column “Billing Name” (its last word)')).toBeVisible();
  await w.map.waitForFullCounts();
  rmSync(dir, { recursive: true, force: true });
});
