import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { WizardPage } from './wizard-page';

/** Step 4: columns → Pinterest fields. */
export class MapPage extends WizardPage {
  constructor(page: Page) {
    super(page, 'map');
  }

  /** The field select of one column. */
  fieldOf(column: string): Locator {
    return this.root.getByLabel(`Send column “${column}” as`);
  }

  /** Sends a column as the field with this option label ("Email (recommended)", "Don't send this column"). */
  async assign(column: string, optionLabel: string): Promise<void> {
    await this.fieldOf(column).selectOption({ label: optionLabel });
  }

  /** The live counts box. */
  get counts(): Locator {
    return this.root.getByTestId('live-counts');
  }

  /** Waits until the counts cover the whole file for the current mapping. */
  async waitForFullCounts(): Promise<void> {
    await expect(this.root.locator('[data-testid="live-counts"][data-state="ready"][data-complete="yes"]')).toBeVisible({ timeout: 30_000 });
  }

  /** Continues to the preview. */
  async continue(): Promise<void> {
    await this.button('Continue to preview').click();
  }
}
