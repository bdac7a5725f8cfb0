import type { Locator, Page } from '@playwright/test';
import { dropFile } from '../helpers/drop-file';
import { WizardPage } from './wizard-page';

/** Step 3: the spreadsheet. */
export class FilePage extends WizardPage {
  constructor(page: Page) {
    super(page, 'file');
  }

  /** Drops the file anywhere on the window, as a user would. */
  async drop(path: string): Promise<void> {
    await this.waitFor('empty', 'ready', 'error');
    await dropFile(this.page, path);
  }

  /** Picks the file through the file chooser. */
  async pick(path: string): Promise<void> {
    await this.waitFor('empty', 'ready', 'error');
    const chooser = this.page.waitForEvent('filechooser');
    await this.button(/Choose (a|another) file/).click();
    await (await chooser).setFiles(path);
  }

  /** One detected fact ("rows", "encoding", "delimiter", "sheet", ...). */
  fact(name: string): Locator {
    return this.root.locator(`[data-fact="${name}"] dd`);
  }

  /** Waits for the detection summary and continues to the mapping. */
  async continue(): Promise<void> {
    await this.waitFor('ready');
    await this.button('Continue').click();
  }

  /** The error callout of an unreadable file. */
  get error(): Locator {
    return this.root.locator('[role="alert"]');
  }
}
