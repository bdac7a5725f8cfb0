import { expect, test } from './support/app-fixture';
import { wizard } from './helpers/wizard';

// Sign in with Pinterest needs the user's own Pinterest app: entered once in Settings.

test('entering the Pinterest app in Settings enables "Sign in with Pinterest"', async ({ page }) => {
  const w = wizard(page);
  await w.signIn.waitFor('ready');
  const oauth = w.signIn.root.getByTestId('oauth-card');
  await expect(oauth.getByRole('button', { name: 'Sign in with Pinterest' })).toBeDisabled();
  await oauth.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings for Sign in with Pinterest' });
  await dialog.getByLabel('App id (client id)').fill('1234567');
  await dialog.getByLabel('App secret key').fill('not-a-real-secret');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(oauth.getByRole('button', { name: 'Sign in with Pinterest' })).toBeEnabled();
  // The secret never comes back to the page: only the fact that one is saved.
  await oauth.getByRole('button', { name: 'Settings' }).click();
  await expect(dialog.getByLabel('App secret key')).toHaveValue('');
  await expect(dialog.getByLabel('App secret key')).toHaveAttribute('placeholder', /Saved/);
});
