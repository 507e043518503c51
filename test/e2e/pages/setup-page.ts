import type { Locator, Page } from 'playwright-core';

/** The set-up screen: start a couple space or join one. */
export class SetupPage {
  readonly heading: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Set up your couple space' });
  }

  get createForm(): Locator {
    return this.page.getByRole('region', { name: 'Start a new couple space' });
  }

  get joinForm(): Locator {
    return this.page.getByRole('region', { name: 'Join your partner' });
  }

  async createSpace(displayName: string): Promise<void> {
    await this.createForm.getByLabel('Your name').fill(displayName);
    await this.createForm.getByRole('button', { name: 'Create our space' }).click();
  }

  async join(displayName: string, code?: string): Promise<void> {
    if (code !== undefined) await this.joinForm.getByLabel('Invite code').fill(code);
    await this.joinForm.getByLabel('Your name').fill(displayName);
    await this.joinForm.getByRole('button', { name: 'Join' }).click();
  }
}
