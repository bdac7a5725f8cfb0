import type { Page } from '@playwright/test';
import { WizardPage } from './wizard-page';

/** Step 2: the ad account. */
export class AccountPage extends WizardPage {
  constructor(page: Page) {
    super(page, 'account');
  }

  /** Picks an account by its name and continues. */
  async choose(name: string): Promise<void> {
    await this.waitFor('ready');
    await this.root.getByRole('radio', { name }).check();
    await this.button('Continue').click();
  }

  /** Continues with what is preselected (token mode: the token's account). */
  async continueWithPreselected(): Promise<void> {
    await this.waitFor('ready');
    await this.button('Continue').click();
  }
}
