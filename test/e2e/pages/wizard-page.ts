import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** A step of the wizard, as its root's data-step says. */
export type StepName = 'signIn' | 'account' | 'file' | 'map' | 'preview' | 'send' | 'results';

/** What every page object shares: the step root and its data-state marker. */
export class WizardPage {
  constructor(
    readonly page: Page,
    readonly name: StepName,
  ) {}

  /** The step's root element. */
  get root(): Locator {
    return this.page.locator(`[data-step="${this.name}"]`);
  }

  /** Waits until the step shows one of these states (never a sleep: the marker says when). */
  async waitFor(...states: string[]): Promise<void> {
    const selector = states.map((s) => `[data-step="${this.name}"][data-state="${s}"]`).join(', ');
    await expect(this.page.locator(selector)).toBeVisible({ timeout: 30_000 });
  }

  /** The step's heading block (focus moves there when the step appears). */
  get heading(): Locator {
    return this.root.getByTestId('step-heading');
  }

  /** A button of this step by its accessible name. */
  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name, exact: typeof name === 'string' });
  }
}
