import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS, loadDemo } from '../../src/demo/load.ts';
import { planDemo } from '../../src/demo/plan.ts';
import { accessibilityProblems } from './support/accessibility.ts';
import { hasHorizontalScroll, launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * The training history with the three-year demo couple: opening the app lands on it (a month of
 * data and more), the baby months and the job loss are marked, a mark tells its story, the table
 * alternative has a row per day, and insights answer which changes stuck. Axe at 360 px.
 */
let server: TestServer;
let browser: Browser;
let lisa: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer((store) => loadDemo(store.db, planDemo(1, todayIn('America/Chicago')))),
    launchBrowser(),
  ]);
  lisa = await newContext(browser, server.url);
  await new Seeder(lisa.request).login(DEMO_LOGINS.lisa.email, DEMO_LOGINS.lisa.password);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the training history in the browser', () => {
  it('opens on the history, tells a mark’s story, and has the same numbers as a table', async () => {
    const page = await lisa.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Your training history' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/history');
    const chart = page.getByRole('group', { name: /Satisfaction by day, both of you/ });
    await chart.waitFor();
    // Opened first, the screen has only its own strings and the server's sentences: every mark
    // (a loop's among them) reads in words, never as a catalogue key.
    await page.getByRole('heading', { name: 'What happened' }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\b(phrase|history|chart)\.[a-z]\w*/);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await accessibilityProblems(page, 'history')).toEqual([]);
    await screenshot(page, 'history-360');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accessibilityProblems(page, 'history, dark')).toEqual([]);
    await screenshot(page, 'history-360-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // The job loss the demo planted: its mark tells the story.
    await page.getByRole('button', { name: /Stress period Job loss/ }).click();
    const story = page.getByRole('region', { name: 'Job loss' });
    await story.getByText(/A stress period: Job loss, \d+ (months|weeks)/).waitFor();
    await screenshot(page, 'history-story-360');

    // Zoom to a week, then the table alternative: one row per day shown, both partners' columns.
    await page.getByRole('button', { name: '1W', exact: true }).click();
    await page.getByRole('button', { name: 'Show as a table' }).click();
    const table = page.getByRole('table').first();
    await table.waitFor();
    const header = await table.getByRole('columnheader').allInnerTexts();
    expect(header[0]).toBe('Day');
    expect(header.some((h) => /You/.test(h))).toBe(true);
    expect(header.some((h) => /Michael/.test(h))).toBe(true);
    expect(await table.getByRole('row').count()).toBe(8); // the header and 7 days
    expect(await accessibilityProblems(page, 'history table')).toEqual([]);
    await screenshot(page, 'history-table-360');

    // Another metric: the table follows it.
    await page.getByLabel('What to show').selectOption('connection');
    await page
      .getByRole('table')
      .first()
      .getByText(/^Felt connection by day, both of you/)
      .waitFor();
    await page.close();
  });

  it('shows which changes stuck or faded, and the monthly report', async () => {
    const page = await lisa.newPage();
    await page.goto('/insights');
    await page.getByRole('heading', { level: 1, name: 'What you have learned' }).waitFor();
    const phones = page.getByRole('listitem').filter({ hasText: 'I put both phones in the drawer' });
    await phones.getByText(/^Faded$/).waitFor();
    await page.getByRole('heading', { name: /Training report for/ }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await accessibilityProblems(page, 'insights')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accessibilityProblems(page, 'insights, dark')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'insights-360');

    // The failure form for the retired habit, saved privately, then gone from the card.
    await phones.getByRole('button', { name: 'What was missing?' }).click();
    await phones.getByLabel('The reward (what felt good right away)').selectOption('missing');
    await phones.getByLabel('The size').selectOption('too big');
    await phones.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The reward (what felt good right away): 1 of 1').waitFor();
    expect(await phones.getByRole('button', { name: 'What was missing?' }).count()).toBe(0);
    await page.close();
  });
});
