import { rmSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { brokenLines, writeJourneyFiles } from './helpers/journey-files';
import { checkScreen } from './helpers/visual';
import { recordCspViolations, wizard } from './helpers/wizard';

// The whole journey with a CSV through the embedded Sandbox, as a marketer walks it: every step
// is scanned with axe and photographed in light and dark (docs/screenshots, linked from the README).

test.setTimeout(240_000);

type Check = (name: string, fullPage?: boolean) => Promise<void>;

async function signInAndOpen(page: Page, csv: string, check: Check) {
  const w = wizard(page);
  await w.signIn.waitFor('ready');
  await expect(page.getByText('Sandbox: nothing leaves this computer').first()).toBeVisible();
  await check('1-sign-in');
  await w.signIn.useSandbox();
  await w.account.waitFor('ready');
  await expect(w.account.heading).toBeFocused();
  await check('2-account');
  await w.account.choose('Sandbox Shop US');
  await w.file.waitFor('empty');
  await check('3-file');
  await w.file.drop(csv);
  await w.file.waitFor('ready');
  await expect(w.file.fact('rows')).toHaveText('10');
  await check('3-file-detected');
  await w.file.continue();
}

async function mapByHand(page: Page, check: Check) {
  const w = wizard(page);
  await w.map.waitFor('ready');
  await expect(w.map.fieldOf('E-mail')).toHaveValue('user_data.em');
  // Adjust the suggestion by hand: the shop's customer number is our external id.
  await w.map.fieldOf('Customer').selectOption('user_data.external_id');
  await expect(w.map.fieldOf('Customer')).toHaveValue('user_data.external_id');
  await w.map.waitForFullCounts();
  await check('4-map');
  await w.map.continue();
}

async function previewErrors(page: Page, check: Check) {
  const w = wizard(page);
  await w.preview.waitFor('ready');
  await w.preview.expectTotal(10);
  await w.preview.filter('Errors');
  await w.preview.expectTotal(brokenLines.length);
  await expect(w.preview.rows.first()).toHaveAttribute('data-status', 'invalid');
  await check('5-preview-errors');
  await w.preview.filter('All rows');
  await w.preview.expectTotal(10);
  const details = await w.preview.openRow(2);
  await details.getByRole('button', { name: /Show the event JSON/ }).click();
  await expect(details.getByTestId('event-json')).toContainText('"event_id"');
  await check('5-preview-row-details', false);
  await page.getByRole('button', { name: 'Close row details' }).click();
  await w.preview.continue();
}

async function testThenLive(page: Page, check: Check) {
  const w = wizard(page);
  await w.send.waitFor('ready');
  await check('6-send');
  await w.send.sendTest();
  await w.results.ready();
  await w.results.expectCountsReconcile();
  expect(await w.results.count('sent')).toBe(10 - brokenLines.length);
  expect(await w.results.count('invalid')).toBe(brokenLines.length);
  await check('7-results-test');
  await w.results.goLive();
  const dialog = await w.send.openGoLive();
  await expect(dialog).toContainText('Sandbox Shop US');
  await expect(dialog).toContainText('The test run passed');
  await check('6-send-go-live', false);
  await w.send.confirmLive(dialog);
  await w.results.ready();
  expect(await w.results.count('sent')).toBe(10 - brokenLines.length);
  await expect(w.results.problemRows).toHaveCount(brokenLines.length);
  await check('7-results-live');
}

async function resendFixed(page: Page, fixedCsv: string) {
  const w = wizard(page);
  await w.results.resendFailed();
  await w.file.waitFor('empty');
  await w.file.drop(fixedCsv);
  await w.file.waitFor('ready');
  await w.file.continue();
  await w.send.waitFor('ready');
  await w.send.confirmLive(await w.send.openGoLive());
  await w.results.ready();
  expect(await w.results.count('sent')).toBe(brokenLines.length);
  await expect(page.getByTestId('history')).toContainText('journey-fixed.csv');
}

test('CSV journey: Sandbox → account → drop → map by hand → errors → test → go live → results → re-send fixed rows', async ({ page }, testInfo: TestInfo) => {
  const files = await writeJourneyFiles();
  const cspViolations = await recordCspViolations(page);
  await page.reload();
  const check: Check = (name, fullPage = true) => checkScreen(page, testInfo, name, fullPage);
  await signInAndOpen(page, files.csv, check);
  await mapByHand(page, check);
  await previewErrors(page, check);
  await testThenLive(page, check);
  await resendFixed(page, files.fixedCsv);
  expect(await cspViolations()).toEqual([]);
  rmSync(files.dir, { recursive: true, force: true });
});
