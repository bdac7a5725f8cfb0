import type { Page } from '@playwright/test';

/** Name of the focused element as a user hears it: aria-label, its label, or its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const input = el as HTMLInputElement;
    const label = el.getAttribute('aria-label') ?? input.labels?.[0]?.innerText ?? el.innerText ?? '';
    return label.trim();
  });
}

/**
 * Presses Tab (only Tab: this is how a keyboard user moves) until the focused element's name
 * matches; fails after `max` presses so a control that cannot be reached by keyboard fails the test.
 */
export async function tabTo(page: Page, name: string | RegExp, max = 150): Promise<void> {
  const matches = (s: string) => (typeof name === 'string' ? s === name : name.test(s));
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  throw new Error(`"${String(name)}" was not reachable with the Tab key within ${max} presses.`);
}

/** Tabs to a control and activates it with Enter. */
export async function tabAndEnter(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press('Enter');
}
