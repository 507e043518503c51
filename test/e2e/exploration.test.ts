import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Exploration through the browser: Lisa adds an idea of her own to this month's zone, asks for a
 * suggestion and sees why it was picked, tries it, rates it; Michael's rating shows once both
 * rated; the budget counts the month's exploration; and they go back to normal. Axe at 360 px.
 */
const PASSWORD = 'correct horse battery';

let server: TestServer;
let browser: Browser;
let lisa: BrowserContext;
let michael: Seeder;
let zone = { id: '', label: '' };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  lisa = await newContext(browser, server.url);
  const his = await newContext(browser, server.url);
  const l = new Seeder(lisa.request);
  await l.signup('lisa.exploration@example.test', PASSWORD);
  await l.createCouple('Lisa');
  const { code } = await l.invite();
  michael = new Seeder(his.request);
  await michael.signup('michael.exploration@example.test', PASSWORD);
  await michael.join(code, 'Michael');
  zone = (await l.call<{ zone: { id: string; label: string } }>('GET', '/api/exploration')).zone;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('exploration in the browser', () => {
  it('adds an idea, suggests one with its reason, tries it, both rate, and goes back to normal', async () => {
    const page = await lisa.newPage();
    await page.goto('/exploration/ideas');
    await page.getByRole('heading', { name: 'Idea pool', level: 1 }).waitFor();
    // The pool arrives after the heading: wait for its list, then count.
    await page.getByText('Starter idea').nth(10).waitFor();
    expect(await page.getByText('Starter idea').count()).toBeGreaterThan(10);
    await page.getByLabel('The idea').fill('Cook a dish from her grandmother’s book');
    await page.getByLabel('Area').selectOption(zone.id);
    await page.getByRole('button', { name: 'Add idea' }).click();
    const mine = page.getByRole('listitem').filter({ hasText: 'Cook a dish from her grandmother’s book' });
    await mine.getByText('Yours').waitFor();

    await page.goto('/exploration');
    await page.getByRole('heading', { name: new RegExp(`This month’s zone: ${zone.label}`, 'i') }).waitFor();
    await page.getByText('Nothing tried yet. Each month’s tries').waitFor();
    await page.getByRole('button', { name: 'Suggest something to try' }).click();
    await page.getByText(/^We picked “.+” because/).waitFor();
    await page.getByText(/chance among the \d+ ideas/).waitFor();
    await page.getByLabel('If it doesn’t work, we go back by… (optional)').fill('We skip it next week.');
    await page.getByRole('button', { name: 'Let’s try it' }).click();
    const card = page.getByRole('article').filter({ hasText: 'We skip it next week.' });
    await card.getByText('Something new').waitFor();
    await card.getByRole('button', { name: '4: good' }).click();
    await card.getByRole('button', { name: '4: good', pressed: true }).waitFor();
    await card.getByText('Your partner has not rated it yet.').waitFor();
    const explored = page
      .getByRole('table', { name: /what you explored/ })
      .getByRole('row')
      .nth(1);
    await explored.getByRole('cell').first().getByText(/^1/).waitFor();

    const overview = await michael.call<{ tries: { id: string }[] }>('GET', '/api/exploration');
    await michael.call('POST', `/api/exploration/tries/${overview.tries[0]!.id}/ratings`, { rating: 5 });
    await page.reload();
    await card.getByText('Your partner rated it 5.').waitFor();
    await card.getByRole('button', { name: 'Go back to normal' }).click();
    await card.getByText(/Back to normal since/).waitFor();
    expect(await card.getByRole('button', { name: 'Keep it' }).count()).toBe(0);
    await page.close();
  });

  it('is accessible and fits 360 px, light and dark', async () => {
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, server.url, { colorScheme: scheme });
      await new Seeder(context.request).login('lisa.exploration@example.test', PASSWORD);
      const page = await context.newPage();
      for (const [path, heading, name] of [
        ['/exploration', 'Exploration', 'exploration'],
        ['/exploration/ideas', 'Idea pool', 'ideas'],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await page.locator('.card').first().waitFor();
        problems.push(...(await accessibilityProblems(page, `${name} ${scheme}`)));
        await screenshot(page, `${name}-${scheme}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
