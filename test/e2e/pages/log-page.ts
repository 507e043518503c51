import type { Locator, Page } from 'playwright-core';
import { EntryForm, type EntryInput } from './entry-form.ts';

/** The training log: the timeline, its filters, and the way to the entry form. */
export class LogPage {
  readonly heading: Locator;
  readonly entries: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Training log' });
    this.entries = page.getByRole('article');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log' }).click();
    await this.heading.waitFor();
  }

  /** The card of the entry whose own text contains `text` (not a repair quoting it). */
  entry(text: string): Locator {
    return this.entries.filter({ has: this.page.locator('.entry-text', { hasText: text }) });
  }

  async add(input: EntryInput): Promise<void> {
    await this.page.getByRole('link', { name: 'Add entry' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    const form = new EntryForm(this.page);
    await form.fill(input);
    await form.save();
    await this.heading.waitFor();
    if (input.text) await this.entry(input.text).first().waitFor();
  }

  async edit(text: string, input: EntryInput): Promise<void> {
    await this.entry(text).getByRole('link', { name: /^Edit/ }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Edit entry' }).waitFor();
    const form = new EntryForm(this.page);
    await form.fill(input);
    await form.save();
    await this.heading.waitFor();
  }

  async openFilters(): Promise<Locator> {
    const details = this.page.locator('details.filters');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    return details;
  }

  toast(): Locator {
    return this.page.getByRole('region', { name: 'Notifications' });
  }
}
