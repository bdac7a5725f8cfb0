import type { Locator, Page } from '@playwright/test';
import { WizardPage } from './wizard-page';

/** Step 1: Sandbox, conversion token, or Sign in with Pinterest. */
export class SignInPage extends WizardPage {
  constructor(page: Page) {
    super(page, 'signIn');
  }

  /** Signs in to the embedded Sandbox. */
  async useSandbox(): Promise<void> {
    await this.waitFor('ready');
    await this.button('Use the Sandbox').click();
  }

  /** Fills and submits the conversion-token form. */
  async signInWithToken(token: string, adAccountId: string): Promise<void> {
    await this.waitFor('ready');
    await this.root.getByLabel('Conversion access token').fill(token);
    await this.root.getByLabel('Ad account id').fill(adAccountId);
    await this.button('Check token and sign in').click();
  }

  /** The inline error under the token field. */
  get tokenError(): Locator {
    return this.root.getByText(/Pinterest did not accept this token/);
  }

  /** The inline error under the ad account id field. */
  get accountIdError(): Locator {
    return this.root.getByText(/This token is not allowed to send for ad account/);
  }

  /** Starts OAuth; resolves with the browser tab the app opened on the authorize page. */
  async startOAuth(): Promise<Page> {
    await this.waitFor('ready');
    const popup = this.page.context().waitForEvent('page');
    await this.button('Sign in with Pinterest').click();
    return popup;
  }

  /** The "waiting for approval" state of the OAuth card. */
  get oauthWaiting(): Locator {
    return this.root.locator('[data-testid="oauth-card"][data-state="waiting"]');
  }
}
