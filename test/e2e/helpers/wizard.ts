import type { Page } from '@playwright/test';
import { AccountPage } from '../pages/account-page';
import { FilePage } from '../pages/file-page';
import { MapPage } from '../pages/map-page';
import { PreviewPage } from '../pages/preview-page';
import { ResultsPage } from '../pages/results-page';
import { SendPage } from '../pages/send-page';
import { SignInPage } from '../pages/sign-in-page';

/** Every page object of the wizard for one page. */
export function wizard(page: Page) {
  return {
    signIn: new SignInPage(page),
    account: new AccountPage(page),
    file: new FilePage(page),
    map: new MapPage(page),
    preview: new PreviewPage(page),
    send: new SendPage(page),
    results: new ResultsPage(page),
  };
}

/** Collects Content-Security-Policy violations the page reports (a strict CSP must see none). */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}
