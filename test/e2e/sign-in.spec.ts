import type { Request } from '@playwright/test';
import { expect, test } from './helpers/sandbox-fixture';
import { wizard } from './helpers/wizard';

// Sign-in and ad-account steps against a sandbox the test controls, with their error paths.

test('a wrong conversion token (401) is explained on the token field, and a good one signs in', async ({ page, sandbox }) => {
  const w = wizard(page);
  await w.signIn.signInWithToken('pina_not_a_real_token', sandbox.adAccountIds[0]!);
  await expect(w.signIn.tokenError).toBeVisible();
  await expect(w.signIn.root).toHaveAttribute('data-state', 'ready');
  await w.signIn.root.getByLabel('Conversion access token').fill(sandbox.conversionToken);
  await w.signIn.button('Check token and sign in').click();
  await w.account.waitFor('ready');
});

test('a token not allowed for the ad account (403) is explained on the account id field', async ({ page, sandbox }) => {
  const token = 'pina_only_for_the_second_account';
  sandbox.tokens.add({ token, kind: 'conversion', adAccountIds: [sandbox.adAccountIds[1]!] });
  const w = wizard(page);
  await w.signIn.signInWithToken(token, sandbox.adAccountIds[0]!);
  await expect(w.signIn.accountIdError).toBeVisible();
  await expect(w.signIn.tokenError).toHaveCount(0);
});

test('an ad account id that is not 1 to 18 digits is refused before any request', async ({ page, sandbox }) => {
  const w = wizard(page);
  const before = sandbox.received.requests.length;
  await w.signIn.signInWithToken(sandbox.conversionToken, '12345678901234567890');
  await expect(w.signIn.root.getByText('An ad account id has at most 18 digits.')).toBeVisible();
  expect(sandbox.received.requests.length).toBe(before);
});

test('Sign in with Pinterest: the authorize page approves, the app lists the accounts; a view-only one is disabled', async ({ page, sandbox }) => {
  const w = wizard(page);
  const popup = await w.signIn.startOAuth();
  // The sandbox's authorize page approves at once and sends the browser back to the app.
  await popup.waitForURL(/\/callback\?code=/);
  await w.account.waitFor('ready');
  const names = sandbox.adAccounts.map((a) => a.name);
  for (const name of names) await expect(w.account.root.getByText(name, { exact: true })).toBeVisible();
  const viewOnly = sandbox.adAccounts.find((a) => !['OWNER', 'ADMIN'].some((r) => JSON.stringify(a).includes(r)));
  if (viewOnly) await expect(w.account.root.getByRole('radio', { name: viewOnly.name })).toBeDisabled();
  await popup.close();
});

test('Sign in with Pinterest can be cancelled while waiting', async ({ page, sandbox }) => {
  // The user never approves: the authorize page never finishes loading.
  const authorize = new URL(sandbox.authorizeUrl);
  const authorizePath = authorize.pathname.replace(/\/$/, '');
  await page.context().route((url) => url.host === authorize.host && url.pathname.replace(/\/$/, '') === authorizePath, () => undefined);
  const w = wizard(page);
  await w.signIn.waitFor('ready');
  await w.signIn.button('Sign in with Pinterest').click();
  await expect(w.signIn.oauthWaiting).toBeVisible();
  await w.signIn.button('Cancel sign-in').click();
  await expect(w.signIn.root.getByRole('button', { name: 'Sign in with Pinterest' })).toBeEnabled();
});

test('signing out returns to the sign-in step; the Sandbox is offered when nothing is configured', async ({ page }) => {
  const w = wizard(page);
  await w.signIn.useSandbox();
  await w.account.waitFor('ready');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await w.signIn.waitFor('ready');
  await expect(w.signIn.root.getByTestId('sandbox-card')).toBeVisible();
});

test('the browser version says sign-ins last while it runs and offers no saving', async ({ page }) => {
  const w = wizard(page);
  await w.signIn.waitFor('ready');
  const notice = w.signIn.root.getByTestId('storage-notice');
  await expect(notice).toContainText('never writes tokens to disk');
  await expect(notice.getByRole('button')).toHaveCount(0);
});

// Electron on Linux without a keyring reports safeStorage's 'basic_text' backend. The browser
// shell cannot have one, so this test answers the two auth calls as such a machine would (the
// backend side of the policy is covered in test/integration/session/secret-storage.test.ts).
test('with only insecure storage the app keeps tokens for the session, and opting in takes a warning', async ({ page }) => {
  let optIn = false;
  // The real status from the backend, with the storage such a machine reports.
  const status = async (request: Request) => {
    const url = request.url().replace(/auth%3A[a-z-]+$/, 'auth%3Astatus');
    const body = (await (await page.request.post(url, { headers: request.headers(), data: {} })).json()) as { value: Record<string, unknown> };
    return { ...body, value: { ...body.value, storage: { backend: 'basic_text', secure: false, insecureOptIn: optIn } } };
  };
  await page.route('**/api/auth%3Astatus', async (route) => route.fulfill({ json: await status(route.request()) }));
  await page.route('**/api/auth%3Aallow-insecure-storage', async (route) => {
    optIn = (JSON.parse(route.request().postData() ?? '{}') as { allow: boolean }).allow;
    await route.fulfill({ json: await status(route.request()) });
  });
  await page.reload();
  const w = wizard(page);
  await w.signIn.waitFor('ready');
  const notice = w.signIn.root.getByTestId('storage-notice');
  await expect(notice).toContainText('kept for this session only');
  await notice.getByRole('button', { name: 'Save them anyway…' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Save sign-ins without encryption?' });
  await expect(warning).toContainText('could copy the tokens');
  await warning.getByRole('button', { name: 'Save without encryption' }).click();
  await expect(notice).toContainText('without encryption');
  expect(optIn).toBe(true);
  await notice.getByRole('button', { name: 'Stop saving them' }).click();
  await expect(notice).toContainText('kept for this session only');
  expect(optIn).toBe(false);
});

test('a second connection can be added and the two switched between', async ({ page, sandbox }) => {
  const w = wizard(page);
  await w.signIn.useSandbox();
  await w.account.waitFor('ready');
  await page.getByRole('button', { name: 'Back to 1. Sign in' }).click();
  await w.signIn.signInWithToken(sandbox.conversionToken, sandbox.adAccountIds[1]!);
  await w.account.waitFor('ready');
  await expect(w.account.root).toContainText(`it sends for ad account ${sandbox.adAccountIds[1]}`);
  await page.getByRole('button', { name: 'Switch connection' }).click();
  const saved = w.signIn.root.getByTestId('saved-connections');
  await expect(saved.getByRole('listitem')).toHaveCount(2);
  await saved.getByRole('button', { name: /^Use with Sandbox/ }).click();
  await w.account.waitFor('ready');
  await expect(w.account.root.getByRole('radio', { name: 'Sandbox Shop US' })).toBeVisible();
});
