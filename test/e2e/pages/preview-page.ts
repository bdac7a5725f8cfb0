import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { WizardPage } from './wizard-page';

/** Step 5: the virtualized preview. */
export class PreviewPage extends WizardPage {
  constructor(page: Page) {
    super(page, 'preview');
  }

  /** Switches the filter ("All rows", "Errors", "Warnings", "Duplicates"). */
  async filter(label: 'All rows' | 'Errors' | 'Warnings' | 'Duplicates'): Promise<void> {
    await this.root.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
  }

  /** Rendered preview rows (loaded ones). */
  get rows(): Locator {
    return this.root.locator('[data-testid="preview-grid"] [role="row"][data-row]');
  }

  /** Waits until the list shows `total` rows for the current filter. */
  async expectTotal(total: number): Promise<void> {
    await expect(this.root.getByTestId('preview-rows')).toHaveAttribute('data-total', String(total));
  }

  /** Opens the details panel of a spreadsheet row. */
  async openRow(row: number): Promise<Locator> {
    await this.root.getByRole('button', { name: `Row ${row}: show details` }).click();
    const details = this.page.getByTestId('row-details');
    await expect(details).toHaveAttribute('data-state', 'ready');
    return details;
  }

  /** Continues to sending. */
  async continue(): Promise<void> {
    await this.button('Continue to sending').click();
  }
}
