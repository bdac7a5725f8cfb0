import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';

// Every run writes the screenshots as test artifacts; UPDATE_SCREENSHOTS=1 (npm run screenshots)
// also refreshes the committed copies in docs/screenshots that the README links, so an ordinary
// test run leaves the working tree clean.
const root = join(__dirname, '..', '..', '..');
const screenshotsDir = process.env.UPDATE_SCREENSHOTS === '1' ? join(root, 'docs', 'screenshots') : join(root, 'test-results', 'screenshots');

/** Scans and photographs the current screen in light and in dark (the OS setting, emulated). */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<void> {
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expectNoSeriousA11yViolations(page, testInfo, `${name}-${scheme}`);
  }
  await screenshotBothThemes(page, testInfo, name, fullPage);
}

/**
 * Screenshots of the current screen in light AND dark (the OS setting, emulated), saved as
 * <name>-light.png / -dark.png (test-results/screenshots, or docs/screenshots when updating the
 * committed copies) and attached to the test report. Overlays (modals, panels) are photographed without `fullPage`: they cover
 * the window, not the page.
 */
export async function screenshotBothThemes(page: Page, testInfo: TestInfo, name: string, fullPage = true): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const path = join(screenshotsDir, `${name}-${scheme}.png`);
    await page.screenshot({ path, fullPage, animations: 'disabled' });
    await testInfo.attach(`${name}-${scheme}`, { path, contentType: 'image/png' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** axe-core scan of the page: fails on serious or critical violations (the report lists them). */
export async function expectNoSeriousA11yViolations(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    await testInfo.attach(`axe-${label}.json`, { body: JSON.stringify(serious, null, 2), contentType: 'application/json' });
  }
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`),
    `axe violations on ${label}`,
  ).toEqual([]);
}
