import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Experiments through the browser: Lisa proposes one from the form, Michael accepts it with one
 * tap. In a blinded experiment Lisa (who performs) sees today's phase; Michael (who rates) is
 * told only to check in as usual. The screen passes axe at 360 px, light and dark.
 */
const PASSWORD = 'correct horse battery';

let server: TestServer;
let browser: Browser;
let lisa: BrowserContext;
let michael: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  lisa = await newContext(browser, server.url);
  michael = await newContext(browser, server.url);
  const l = new Seeder(lisa.request);
  await l.signup('lisa.experiments@example.test', PASSWORD);
  await l.createCouple('Lisa');
  const { code } = await l.invite();
  const m = new Seeder(michael.request);
  await m.signup('michael.experiments@example.test', PASSWORD);
  await m.join(code, 'Michael');
  const blind = await l.call<{ id: string }>('POST', '/api/experiments', {
    title: 'Phones in the drawer at dinner',
    performer: 'me',
    metric: 'connection',
    blind: true,
    startDate: todayIn('Europe/Berlin'),
  });
  await m.call('POST', `/api/experiments/${blind.id}/accept`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('experiments in the browser', () => {
  it('proposes from the form, the partner accepts, and only the performer sees the phase', async () => {
    const page = await lisa.newPage();
    await page.goto('/experiments');
    await page.getByText('Today is day 1 of phase A1.').waitFor();
    await page.getByLabel('The change to try on B days').fill('A walk after work');
    await page.getByLabel('The number it should move').selectOption('energy');
    await page.getByRole('button', { name: 'Propose' }).click();
    await page.getByRole('heading', { name: 'A walk after work' }).waitFor();
    await page.close();

    const his = await michael.newPage();
    await his.goto('/experiments');
    const card = his.getByRole('article').filter({ hasText: 'A walk after work' });
    await card.getByRole('button', { name: 'Accept and start' }).click();
    await card.getByText(/Locked on/).waitFor();
    await his.getByText('You rate blind').waitFor();
    expect(await his.getByText(/phase A1|phase B1/).count()).toBe(0);
    await his.close();
  });

  it('is accessible and fits 360 px, light and dark', async () => {
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, server.url, { colorScheme: scheme });
      await new Seeder(context.request).login('lisa.experiments@example.test', PASSWORD);
      const page = await context.newPage();
      await page.goto('/experiments');
      await page.getByRole('heading', { name: 'Experiments' }).waitFor();
      problems.push(...(await accessibilityProblems(page, scheme)));
      await screenshot(page, `experiments-${scheme}`);
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
