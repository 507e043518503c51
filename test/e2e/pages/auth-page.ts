import type { Page } from 'playwright-core';

/** The welcome screen: log in or create an account. */
export class AuthPage {
  constructor(readonly page: Page) {}

  async signUp(email: string, password: string): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Create an account' });
    // Either form is shown first (a /join link opens on sign-up); wait for one, then switch.
    await this.page.getByRole('region', { name: /^(Create an account|Log in)$/ }).waitFor();
    if (!(await form.isVisible())) await this.page.getByRole('button', { name: 'Create an account' }).click();
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Create account' }).click();
  }

  async logIn(email: string, password: string): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Log in' });
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Log in', exact: true }).click();
  }
}
