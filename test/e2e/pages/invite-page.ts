import type { Locator, Page } from 'playwright-core';

/** The invite screen: the code and the link to send. */
export class InvitePage {
  readonly heading: Locator;
  readonly link: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Invite your partner' });
    this.link = page.getByLabel('Link to send');
  }

  async linkValue(): Promise<string> {
    await this.link.waitFor();
    return this.link.inputValue();
  }
}
