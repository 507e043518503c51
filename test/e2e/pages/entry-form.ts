import type { Page } from 'playwright-core';

export interface EntryInput {
  kind?: string;
  date?: string;
  text?: string;
  domains?: string[];
  newDomain?: string;
  intensity?: number;
  visibility?: 'shared' | 'private';
  /** For a repair: the visible label of the conflict option (a part of it is enough). */
  repairOf?: string;
  promiseDue?: string;
}

/** The add/edit entry form. */
export class EntryForm {
  constructor(readonly page: Page) {}

  async fill(input: EntryInput): Promise<void> {
    const p = this.page;
    if (input.kind) await p.getByRole('radio', { name: input.kind, exact: true }).check();
    if (input.date) await p.getByLabel('Day').fill(input.date);
    if (input.text !== undefined) await p.getByLabel('In your words').fill(input.text);
    if (input.repairOf) {
      const select = p.getByLabel('Which conflict did this repair?');
      const option = select.locator('option', { hasText: input.repairOf });
      await select.selectOption({ label: (await option.textContent()) ?? '' });
    }
    if (input.promiseDue) await p.getByLabel('Due by').fill(input.promiseDue);
    for (const domain of input.domains ?? []) await p.getByRole('checkbox', { name: domain }).check();
    if (input.newDomain) {
      await p.getByLabel('New domain').fill(input.newDomain);
      await p.getByRole('button', { name: 'Add domain' }).click();
      await p.getByRole('checkbox', { name: input.newDomain, checked: true }).waitFor();
    }
    if (input.intensity) await p.getByRole('radio', { name: String(input.intensity), exact: true }).check();
    if (input.visibility === 'shared') await p.getByRole('radio', { name: /^Both of us/ }).check();
    if (input.visibility === 'private') await p.getByRole('radio', { name: /^Only me/ }).check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: /^Save (entry|changes)$/ }).click();
  }
}
