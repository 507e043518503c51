import type { Locator, Page } from 'playwright-core';

/** Settings: profile, sessions, password, log out, delete account. */
export class SettingsPage {
  readonly heading: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click();
    await this.page.getByRole('main').getByRole('link', { name: 'Settings' }).click();
    await this.heading.waitFor();
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }
}
