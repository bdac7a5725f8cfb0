import { expect, test } from './support/app-fixture';

// The browser shell itself (not the wizard): what the bridge promises the page.

test('the page loads under its CSP, keeps the secret out of the address bar and reaches the backend', async ({ page, app }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page).not.toHaveURL(/#k=/);
  const info = await page.evaluate(async (secret) => {
    const response = await fetch('/api/app:info', { method: 'POST', headers: { 'x-bridge-secret': secret, 'content-type': 'application/json' }, body: '{}' });
    return (await response.json()) as { ok: boolean; value?: { shell: string } };
  }, app.secret);
  expect(info).toMatchObject({ ok: true, value: { shell: 'browser' } });
  expect(violations).toEqual([]);
});

test('an injected inline script is blocked by the CSP (SECURITY §1 item 7)', async ({ page }) => {
  await expect(page.locator('#root')).not.toBeEmpty();
  const blocked = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        setTimeout(() => resolve(false), 2000);
      }),
  );
  expect(blocked).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('a page without the secret cannot call the backend', async ({ page, app }) => {
  await page.goto(app.origin);
  const status = await page.evaluate(async () => (await fetch('/api/auth:status', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status);
  expect(status).toBe(403);
});
