import { expect, test } from './helpers/sandbox-fixture';
import { wizard } from './helpers/wizard';

// The ad-account step with many accounts (search, last choice remembered) and with none.

test.describe('with 40 ad accounts', () => {
  test.use({ sandboxOptions: { adAccounts: 40 } });

  test('search narrows the list, and the last choice is preselected when coming back', async ({ page, sandbox }) => {
    const w = wizard(page);
    const popup = await w.signIn.startOAuth();
    await w.account.waitFor('ready');
    await popup.close();
    const radios = w.account.root.getByRole('radio');
    await expect(radios).toHaveCount(40);
    const target = sandbox.adAccounts[27]!;
    await w.account.root.getByRole('searchbox', { name: /Search ad accounts/ }).fill(target.id);
    await expect(radios).toHaveCount(1);
    await w.account.choose(target.name);
    await w.file.waitFor('empty');
    await page.getByRole('button', { name: 'Back to 2. Ad account' }).click();
    await w.account.waitFor('ready');
    await expect(w.account.root.getByRole('radio', { name: target.name })).toBeChecked();
  });
});

test.describe('with no ad account', () => {
  test.use({ sandboxOptions: { adAccounts: 0 } });

  test('says plainly that there is no ad account and what to ask for', async ({ page }) => {
    const w = wizard(page);
    const popup = await w.signIn.startOAuth();
    await w.account.waitFor('empty');
    await popup.close();
    await expect(w.account.root.getByText('No ad accounts yet')).toBeVisible();
    await expect(w.account.button('Continue')).toBeDisabled();
  });
});
