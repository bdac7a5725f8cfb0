import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { WizardPage } from './wizard-page';

/** Step 7: counts, problem rows, report, re-send, history. */
export class ResultsPage extends WizardPage {
  constructor(page: Page) {
    super(page, 'results');
  }

  /** Waits for the results of a job. */
  async ready(): Promise<void> {
    await this.waitFor('done');
  }

  /** The number shown for one outcome (sent, rejected, invalid, ...). */
  async count(key: string): Promise<number> {
    const value = await this.root.locator(`[data-count="${key}"]`).getAttribute('data-value');
    return Number(value ?? 'NaN');
  }

  /** The job's final state (done, cancelled, failed). */
  get jobState(): Locator {
    return this.root.getByTestId('job-state');
  }

  /** Whether the counts add up to the rows of the file. */
  async expectCountsReconcile(): Promise<void> {
    await expect(this.root.getByTestId('result-counts')).toHaveAttribute('data-reconciles', 'yes');
  }

  /** Rows listed in the problem table. */
  get problemRows(): Locator {
    return this.root.locator('[data-testid="problems-grid"] [role="row"][data-problem-row]:not([data-problem-row=""])');
  }

  /** From a test run: on to the go-live confirmation. */
  async goLive(): Promise<void> {
    await this.button('Go live…').click();
  }

  /** Starts "re-send the failed rows after fixing the file". */
  async resendFailed(): Promise<void> {
    await this.button(/^Re-send the .* failed rows/).click();
  }
}
