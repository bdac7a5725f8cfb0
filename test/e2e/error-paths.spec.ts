import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Sandbox } from '../../electron/sandbox/sandbox';
import { writeBigCsv, writeJourneyFiles } from './helpers/journey-files';
import { expect, test } from './helpers/sandbox-fixture';
import { wizard } from './helpers/wizard';

// What goes wrong, shown where it happens: an unreadable file, a storm of rate limits, a cancel.

const fixtures = join(__dirname, '..', 'fixtures', 'files');

async function toFileStep(page: Page, sandbox: Sandbox) {
  const w = wizard(page);
  await w.signIn.signInWithToken(sandbox.conversionToken, sandbox.adAccountIds[0]!);
  await w.account.continueWithPreselected();
  return w;
}

async function toSendStep(page: Page, sandbox: Sandbox, file: string) {
  const w = await toFileStep(page, sandbox);
  await w.file.drop(file);
  await w.file.continue();
  await w.map.waitFor('ready');
  await w.map.continue();
  await w.preview.waitFor('ready');
  await w.preview.continue();
  return w;
}

test('an unreadable file is refused with a plain message, and another file can be dropped', async ({ page, sandbox }) => {
  const w = await toFileStep(page, sandbox);
  await w.file.drop(join(fixtures, 'not-really.xlsx'));
  await w.file.waitFor('error');
  await expect(w.file.error).toContainText('This file could not be read');
  await w.file.drop(join(fixtures, 'semicolon.csv'));
  await w.file.waitFor('ready');
  await expect(w.file.fact('delimiter')).toHaveText('semicolon (;)');
});

test('a storm of 429 answers slows the upload down but every row still arrives once', async ({ page, sandbox }) => {
  test.setTimeout(120_000);
  const files = await writeJourneyFiles();
  const w = await toSendStep(page, sandbox, files.fixedCsv);
  sandbox.faults.add({ respond: { status: 429, headers: { 'retry-after': '1' } }, times: 4 });
  await w.send.waitFor('ready');
  await w.send.confirmLive(await w.send.openGoLive());
  await w.results.ready();
  await expect(w.results.jobState).toHaveAttribute('data-job-state', 'done');
  expect(await w.results.count('sent')).toBe(10);
  expect(Number(await w.results.root.getByTestId('retries').getAttribute('data-value'))).toBeGreaterThanOrEqual(4);
  expect(sandbox.received.requests.filter((r) => r.status === 429).length).toBe(4);
  const counts = sandbox.received.eventIdCounts(sandbox.adAccountIds[0]!);
  expect(counts.size).toBe(10);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
  rmSync(files.dir, { recursive: true, force: true });
});

test('cancelling a running upload stops it and says how far it got', async ({ page, sandbox }) => {
  test.setTimeout(120_000);
  const files = await writeJourneyFiles();
  const big = writeBigCsv(files.dir, 5000);
  const w = await toSendStep(page, sandbox, big);
  sandbox.faults.add({ delayMs: 1500 });
  await w.send.sendTest();
  await w.send.cancel();
  await w.results.ready();
  await expect(w.results.jobState).toHaveAttribute('data-job-state', 'cancelled');
  await w.results.expectCountsReconcile();
  expect(await w.results.count('sent')).toBeLessThan(5000);
  rmSync(files.dir, { recursive: true, force: true });
});

test('a running upload can be paused and resumed, and still sends every row once', async ({ page, sandbox }) => {
  test.setTimeout(120_000);
  const files = await writeJourneyFiles();
  const big = writeBigCsv(files.dir, 3000);
  const w = await toSendStep(page, sandbox, big);
  sandbox.faults.add({ delayMs: 800 });
  await w.send.waitFor('ready');
  await w.send.confirmLive(await w.send.openGoLive());
  await w.send.waitFor('running');
  await w.send.button('Pause').click();
  await expect(w.send.root.getByTestId('upload-progress')).toHaveAttribute('data-job-state', 'paused');
  sandbox.faults.clear();
  await w.send.button('Resume').click();
  await w.results.ready();
  await expect(w.results.jobState).toHaveAttribute('data-job-state', 'done');
  expect(await w.results.count('sent')).toBe(3000);
  const counts = sandbox.received.eventIdCounts(sandbox.adAccountIds[0]!);
  expect(counts.size).toBe(3000);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
  rmSync(files.dir, { recursive: true, force: true });
});

test('a reload during an upload does not lose it: it shows above the steps and can be cancelled there', async ({ page, sandbox }) => {
  test.setTimeout(120_000);
  const files = await writeJourneyFiles();
  const big = writeBigCsv(files.dir, 3000);
  const w = await toSendStep(page, sandbox, big);
  sandbox.faults.add({ delayMs: 1500 });
  await w.send.sendTest();
  await w.send.waitFor('running');
  await page.reload();
  await w.account.waitFor('ready');
  const job = page.getByTestId('background-job');
  await expect(job).toBeVisible();
  await job.getByRole('button', { name: 'Cancel' }).click();
  await expect(job).toHaveCount(0);
  rmSync(files.dir, { recursive: true, force: true });
});
