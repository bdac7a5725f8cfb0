import { expect, test } from './support/app-fixture';
import { wizard } from './helpers/wizard';

// The embedded default (issue 2): with nothing configured, a new user signs in to the Sandbox,
// picks a sandbox ad account, opens the sample spreadsheet shipped with the app and sends it in
// test mode, reaching the results; the results screen is kept as an artifact.

test('Sandbox → sandbox ad account → the sample file → test send → results', async ({ page }, testInfo) => {
  const w = wizard(page);
  await w.signIn.waitFor('ready');
  await expect(w.signIn.root.getByTestId('sandbox-card')).toContainText('Sandbox: nothing leaves this computer');
  await w.signIn.useSandbox();
  await w.account.choose('Sandbox Shop US');

  await w.file.waitFor('empty');
  await w.file.button('Try the sample file').click();
  await w.file.waitFor('ready');
  await expect(w.file.fact('rows')).toHaveText('20');
  await w.file.continue();

  await w.map.waitFor('ready');
  await w.map.continue();
  await w.preview.waitFor('ready');
  await w.preview.continue();
  await w.send.sendTest();

  await w.results.ready();
  await w.results.expectCountsReconcile();
  // The sample has a few broken rows on purpose; the rest pass the test.
  expect(await w.results.count('sent')).toBeGreaterThan(10);
  expect(await w.results.count('invalid')).toBeGreaterThan(0);
  await testInfo.attach('results', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});
