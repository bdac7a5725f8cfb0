import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { WizardPage } from './wizard-page';

/** Step 6: test first, then live through the confirmation. */
export class SendPage extends WizardPage {
  constructor(page: Page) {
    super(page, 'send');
  }

  /** The TEST / LIVE banner. */
  get modeBanner(): Locator {
    return this.root.getByTestId('mode-banner');
  }

  /** Starts a test run. */
  async sendTest(): Promise<void> {
    await this.waitFor('ready');
    await expect(this.modeBanner).toHaveAttribute('data-mode', 'test');
    await this.button('Send a test').click();
  }

  /** Opens the go-live confirmation and returns it. */
  async openGoLive(): Promise<Locator> {
    await this.waitFor('ready');
    await this.button('Go live…').click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Send live to Pinterest?' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Confirms the live run in the dialog. */
  async confirmLive(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Send live now' }).click();
  }

  /** Cancels the running job. */
  async cancel(): Promise<void> {
    await this.waitFor('running');
    await this.button('Cancel').click();
  }
}
