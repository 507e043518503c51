import type { Locator, Page } from 'playwright-core';

/**
 * The daily check-in, our own metrics and the monthly CSI-4. Every method that a person would
 * do by hand goes through `act`, so a test can count the interactions a task takes.
 */
export class CheckinPage {
  readonly heading: Locator;
  /** How many interactions (navigations, clicks, key presses, fills) so far. */
  interactions = 0;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Check-in' });
  }

  /** One interaction of a person: counted, then done. */
  async act(step: () => Promise<unknown>): Promise<void> {
    this.interactions += 1;
    await step();
  }

  async open(): Promise<void> {
    await this.act(() => this.page.goto('/checkin'));
    await this.heading.waitFor();
  }

  async sameAsYesterday(): Promise<void> {
    await this.act(() => this.page.getByRole('button', { name: 'Same as yesterday' }).click());
  }

  /** One more of a counted thing ("Positive moments", a metric's label). */
  async more(what: string): Promise<void> {
    await this.act(() => this.page.getByRole('button', { name: `One more ${what}` }).click());
  }

  /** The shown value of a counter (conflicts, positive moments, a custom metric). */
  counter(label: string): Locator {
    return this.page.getByRole('status', { name: label, exact: true });
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: /^Save (check-in|changes)$/ });
  }

  /** The note, sharing and our own metrics, folded under the essentials. */
  async unfold(): Promise<void> {
    await this.act(() => this.page.getByText('Note, metrics, sharing').click());
  }

  /** "Done for today" (or for another day): the state after a save, which takes focus. */
  get done(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^Done for/ });
  }

  async save(): Promise<void> {
    await this.act(() => this.saveButton.click());
    await this.done.waitFor();
  }
}

/** Our own metrics: propose, accept, retire. */
export class MetricsPage {
  readonly heading: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Our metrics' });
  }

  async open(): Promise<void> {
    await this.page.goto('/checkin');
    await this.page.getByRole('link', { name: 'Our own metrics' }).click();
    await this.heading.waitFor();
  }

  group(name: 'Waiting for a yes' | 'In the daily check-in' | 'Retired (data kept)'): Locator {
    return this.page.getByRole('region', { name });
  }

  async propose(name: string, from: number, to: number, better: 'Higher' | 'Lower'): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Propose a metric' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Scale from').fill(String(from));
    await form.getByLabel('Scale to').fill(String(to));
    await form.getByRole('radio', { name: `${better} is better` }).check();
    await form.getByRole('button', { name: 'Propose metric' }).click();
    await this.group('Waiting for a yes').getByRole('heading', { name }).waitFor();
  }
}
