import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { hasHorizontalScroll, launchBrowser, newContext, screenshot } from './support/browser.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Alignment through the browser, both partners: Lisa drafts and submits; Michael sees only
 * "submitted" (none of her words) while he answers; once he submits, both answers open side by
 * side with the gaps in plain words, and a shared metric goes to the check-in from the reveal.
 */
const PASSWORD = 'correct horse battery';
const LISA_SECRET = 'Lisa-canary: mostly quiet evenings together';
const MICHAEL_SECRET = 'Michael-canary: adventures and new places';

let server: TestServer;
let browser: Browser;
let lisa: BrowserContext;
let michael: BrowserContext;
let roundUrl = '';
const problems: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  lisa = await newContext(browser, server.url);
  michael = await newContext(browser, server.url);
  const l = new Seeder(lisa.request);
  await l.signup('lisa.alignment@example.test', PASSWORD);
  await l.createCouple('Lisa');
  const { code } = await l.invite();
  const m = new Seeder(michael.request);
  await m.signup('michael.alignment@example.test', PASSWORD);
  await m.join(code, 'Michael');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Fills the questionnaire: three texts, two rewards, four dimensions. */
async function answer(page: Page, secret: string, rewards: string[], dims: number[]) {
  await page.getByLabel('What are you really optimizing for in this relationship?').fill(secret);
  await page.getByLabel('What does relationship success mean to you?').fill('Feeling like a team.');
  await page.getByLabel('What rewards might you be seeking without noticing?').fill('Being seen.');
  for (const r of rewards) {
    await page.getByPlaceholder('Another reward').fill(r);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }
  const names = [
    'harmony and authenticity',
    'independence and connection',
    'growth and stability',
    'family and career',
  ];
  for (const [i, n] of names.entries())
    await page.getByLabel(new RegExp(`^Between ${n}`)).fill(String(dims[i]));
}

async function check(page: Page, label: string) {
  problems.push(...(await accessibilityProblems(page, label)));
  expect(await hasHorizontalScroll(page), `${label} scrolls sideways`).toBe(false);
  await screenshot(page, `alignment-${label}`);
}

describe('alignment in the browser', () => {
  it('Lisa starts a round, saves a draft, and submits', async () => {
    const page = await lisa.newPage();
    await page.goto('/alignment');
    await page.getByRole('heading', { name: 'No rounds yet' }).waitFor();
    await check(page, 'empty');
    await page.getByRole('button', { name: /Start this quarter’s round/ }).click();
    await page.getByText('Only you see this.').waitFor();
    roundUrl = new URL(page.url()).pathname;
    await answer(page, LISA_SECRET, ['Feeling heard', 'Quiet time'], [30, 80, 45, 20]);
    await page.getByRole('button', { name: 'Move “Quiet time” up' }).click();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved. Only you can see it.').waitFor();
    await check(page, 'questionnaire');

    // The draft is kept: a reload shows it again, in the order chosen.
    await page.reload();
    await expect.poll(() => page.getByLabel(/optimizing for/).inputValue()).toBe(LISA_SECRET);
    expect(await page.locator('.alignment-ranked').first().textContent()).toMatch(
      /Quiet time[\s\S]*Feeling heard/,
    );
    await page.close();
  });

  it('before Lisa submits, Michael sees "not yet"; after, only "submitted" and none of her words', async () => {
    const his = await michael.newPage();
    await his.goto('/alignment');
    await his.getByText('Your partner: not yet').waitFor();
    await his.close();

    const page = await lisa.newPage();
    await page.goto(roundUrl);
    await page.getByRole('button', { name: 'Submit my answer' }).click();
    await page.getByRole('heading', { name: 'Waiting for your partner' }).waitFor();
    await check(page, 'waiting');
    await page.close();

    const again = await michael.newPage();
    await again.goto('/alignment');
    await again.getByText('Your partner: submitted').waitFor();
    await again.getByRole('link', { name: /^Open \d{4}-Q[1-4]$/ }).click();
    await again.getByText('Your partner has submitted.').waitFor();
    expect(await again.content()).not.toContain('Lisa-canary');
    await again.close();
  });

  it('Michael submits, both answers open side by side, and a shared metric goes to the check-in', async () => {
    const his = await michael.newPage();
    await his.goto(roundUrl);
    await answer(his, MICHAEL_SECRET, ['Adventure', 'Feeling heard'], [75, 40, 55, 25]);
    await his.getByRole('button', { name: 'Submit my answer' }).click();
    await his.getByRole('heading', { name: 'Side by side' }).waitFor();
    await his.getByText(LISA_SECRET).waitFor();
    await his.getByText(MICHAEL_SECRET).waitFor();
    await his.getByText('You both seek “Feeling heard” near the top of your lists.').waitFor();
    await his
      .getByText(/^Between harmony and authenticity you stand far apart \(75 and 30 of 100\)/)
      .waitFor();
    await his.getByText(/^Between growth and stability you stand close together/).waitFor();

    await his.getByLabel('What to measure').fill('Evenings just for us');
    await his.getByRole('button', { name: 'Add to the check-in' }).click();
    await his.getByText('Waiting for your partner to accept').waitFor();
    await check(his, 'reveal');
    await his.close();

    const page = await lisa.newPage();
    await page.goto(roundUrl);
    await page.getByText(MICHAEL_SECRET).waitFor();
    await page.getByRole('button', { name: 'Accept “Evenings just for us”' }).click();
    await page.getByText('In your check-in').waitFor();
    await page.goto('/checkin/metrics');
    await page.getByRole('heading', { name: 'Evenings just for us' }).first().waitFor();

    await page.goto('/alignment');
    await page.getByRole('heading', { name: 'Alignment drift' }).waitFor();
    await page
      .getByText(/a trend shows once you have opened two rounds/)
      .first()
      .waitFor();
    await screenshot(page, 'alignment-drift-picture');
    await page.getByRole('button', { name: 'Show as a table' }).click();
    await page.getByRole('table').waitFor();
    await check(page, 'overview');
    await page.close();
  });

  it('speaks Spanish: the reveal’s words come from the locale', async () => {
    const context = await newContext(browser, server.url, { locale: 'es-ES', colorScheme: 'dark' });
    await new Seeder(context.request).login('lisa.alignment@example.test', PASSWORD);
    const page = await context.newPage();
    await page.goto(roundUrl);
    await page.getByRole('heading', { name: 'Una al lado de la otra' }).waitFor();
    await page.getByText('Los dos buscáis «Feeling heard» entre lo primero de vuestras listas.').waitFor();
    await page.getByText(/^Entre la armonía y la autenticidad estáis lejos \(30 y 75 de 100\)/).waitFor();
    await check(page, 'reveal-es-dark');
    await context.close();
  });

  it('has no serious or critical accessibility findings on any of its screens', () => {
    expect(problems).toEqual([]);
  });
});
