import { rmSync } from 'node:fs';
import { brokenLines, writeJourneyFiles } from './helpers/journey-files';
import { expect, test } from './helpers/sandbox-fixture';
import { wizard } from './helpers/wizard';

// The journey with an Excel file, signed in with a conversion token against a sandbox this test
// controls, so it can check what Pinterest actually received: every valid row exactly once,
// nothing from the test run, and only the repaired rows on the re-send.

test.setTimeout(180_000);

test('XLSX journey: conversion token → drop XLSX → map → preview → test → go live → re-send fixed rows', async ({ page, sandbox }) => {
  const files = await writeJourneyFiles();
  const account = sandbox.adAccountIds[0]!;
  const w = wizard(page);

  await w.signIn.signInWithToken(sandbox.conversionToken, account);
  await w.account.waitFor('ready');
  await expect(w.account.root).toContainText(`it sends for ad account ${account}`);
  await w.account.continueWithPreselected();

  await w.file.drop(files.xlsx);
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

  await w.send.sendTest();
  await w.results.ready();
  expect(sandbox.received.totalEvents()).toBe(0);
  expect(sandbox.received.requests.some((r) => r.test)).toBe(true);

  await w.results.goLive();
  await w.send.confirmLive(await w.send.openGoLive());
  await w.results.ready();
  await w.results.expectCountsReconcile();
  const live = sandbox.received.eventIdCounts(account);
  expect(live.size).toBe(10 - brokenLines.length);
  expect([...live.values()].every((n) => n === 1)).toBe(true);

  await w.results.resendFailed();
  await w.file.drop(files.fixedXlsx);
  await w.file.continue();
  await w.send.confirmLive(await w.send.openGoLive());
  await w.results.ready();
  const after = sandbox.received.eventIdCounts(account);
  expect(after.size).toBe(10);
  expect([...after.values()].every((n) => n === 1)).toBe(true);
  rmSync(files.dir, { recursive: true, force: true });
});
