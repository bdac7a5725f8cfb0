import { readFileSync, rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Sandbox } from '../../electron/sandbox/sandbox';
import { brokenLines, writeJourneyFiles } from './helpers/journey-files';
import { expect, test } from './helpers/sandbox-fixture';
import { wizard } from './helpers/wizard';

// The journey with an Excel file, signed in with a conversion token against a sandbox this test
// controls, so it can check what Pinterest actually received: every valid row exactly once,
// nothing from the test run, and only the repaired rows on the re-send.

test.setTimeout(180_000);

async function toPreviewSent(page: Page, sandbox: Sandbox, xlsx: string, account: string) {
  const w = wizard(page);
  await w.signIn.signInWithToken(sandbox.conversionToken, account);
  await w.account.waitFor('ready');
  await expect(w.account.root).toContainText(`it sends for ad account ${account}`);
  await w.account.continueWithPreselected();
  await w.file.drop(xlsx);
  await w.file.waitFor('ready');
  await expect(w.file.fact('rows')).toHaveText('10');
  await expect(w.file.fact('sheet')).toHaveText('Orders');
  await w.file.continue();
  await w.map.waitFor('ready');
  await w.map.fieldOf('Phone').selectOption({ label: "Don't send this column" });
  await w.map.fieldOf('Phone').selectOption('user_data.ph');
  await w.map.waitForFullCounts();
  await w.map.continue();
  await w.preview.waitFor('ready');
  await w.preview.filter('Errors');
  await w.preview.expectTotal(brokenLines.length);
  await w.preview.continue();
}

async function expectReport(page: Page) {
  // The report (a browser download here) gives every row its outcome, the broken ones with the reason.
  const download = page.waitForEvent('download');
  await wizard(page).results.button('Export report (CSV)').click();
  const report = readFileSync(await (await download).path(), 'utf8').split(/\r?\n/);
  const header = report[0]!.split(',');
  expect(header).toContain('Upload row');
  const statusAt = header.indexOf('Upload status');
  const invalid = report.slice(1).filter((l) => l.split(',')[statusAt] === 'invalid' || l.includes(',invalid,'));
  expect(invalid).toHaveLength(brokenLines.length);
}

function expectEachOnce(sandbox: Sandbox, account: string, events: number) {
  const counts = sandbox.received.eventIdCounts(account);
  expect(counts.size).toBe(events);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
}

test('XLSX journey: conversion token → drop XLSX → map → preview → test → go live → re-send fixed rows', async ({ page, sandbox }) => {
  const files = await writeJourneyFiles();
  const account = sandbox.adAccountIds[0]!;
  const w = wizard(page);
  await toPreviewSent(page, sandbox, files.xlsx, account);
  await w.send.sendTest();
  await w.results.ready();
  expect(sandbox.received.totalEvents()).toBe(0);
  expect(sandbox.received.requests.some((r) => r.test)).toBe(true);

  await w.results.goLive();
  await w.send.confirmLive(await w.send.openGoLive());
  await w.results.ready();
  await w.results.expectCountsReconcile();
  expectEachOnce(sandbox, account, 10 - brokenLines.length);
  await expectReport(page);

  await w.results.resendFailed();
  await w.file.drop(files.fixedXlsx);
  await w.file.continue();
  await w.send.confirmLive(await w.send.openGoLive());
  await w.results.ready();
  expectEachOnce(sandbox, account, 10);
  rmSync(files.dir, { recursive: true, force: true });
});
