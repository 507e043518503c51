import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Habits through the browser: Lisa starts a tiny habit (a vague goal gets tiny suggestions
 * first), checks it off and sees her reward at once; Michael sees it and thanks her with one
 * tap. Then the habits, new-habit, reward-audit and pace screens pass axe (WCAG 2.2 AA) at
 * 360 px, light and dark, without sideways scrolling.
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
  await l.signup('lisa.habits@example.test', PASSWORD);
  await l.createCouple('Lisa');
  const { code } = await l.invite();
  const m = new Seeder(michael.request);
  await m.signup('michael.habits@example.test', PASSWORD);
  await m.join(code, 'Michael');
  await l.call('POST', '/api/rewards/audit', { behaviour: 'Scrolling after an argument', label: 'relief' });
  await l.call('POST', '/api/log', {
    kind: 'conflict',
    date: todayIn('Europe/Berlin', -1),
    text: 'Dishes again',
    visibility: 'shared',
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('habits in the browser', () => {
  it('starts a tiny habit, shows the reward at check-off, and lets the partner say thanks', async () => {
    const page = await lisa.newPage();
    await page.goto('/habits');
    await page.getByRole('heading', { name: 'No habits yet' }).waitFor();
    await page.getByRole('link', { name: 'Start a tiny habit' }).click();
    await page.getByLabel('Cue: after or when…').fill('After I pour the morning coffee');
    await page.getByLabel('I will…').fill('communicate better');
    await page.getByLabel('My small reward (optional)').fill('a square of chocolate');
    await page.getByRole('button', { name: 'Start this habit' }).click();
    await page.getByText('not yet a tiny action').waitFor();
    await page.getByLabel('I will…').fill('ask Michael how he slept');
    await page.getByRole('button', { name: 'Start this habit' }).click();
    await page
      .getByRole('heading', { name: 'After I pour the morning coffee, ask Michael how he slept' })
      .waitFor();
    await page.getByRole('button', { name: 'Done today' }).click();
    await page.getByText('Your reward: a square of chocolate').waitFor();
    await page.getByRole('button', { name: 'Undo today' }).waitFor();
    await screenshot(page, 'habits-checked-off');
    // Easing the schedule waits out the 7-day horizon, and the card says so.
    await page.getByText('Change, pause, mark automatic or retire').click();
    await page.getByRole('radio', { name: 'A number of times' }).check();
    await page.getByRole('button', { name: 'Change how often' }).click();
    await page.getByText(/Ease the schedule to 3 times in 7 days: takes effect on/).waitFor();
    await page.getByText('every day').first().waitFor();
    await page.close();

    const his = await michael.newPage();
    await his.goto('/habits');
    await his.getByText(/Lisa did it on/).waitFor();
    await his.getByRole('button', { name: 'Say thanks' }).click();
    await his.getByText('Thanked ✓').waitFor();
    expect(await his.getByRole('button', { name: 'Done today' }).count()).toBe(0);
    await his.close();
  });

  it('counts an amount against a target, and easing the target waits', async () => {
    await new Seeder(michael.request).call('POST', '/api/habits', {
      cue: 'After dinner',
      action: 'read to Lisa',
      reward: 'Tea',
      owner: 'me',
      domain: 'intimacy',
      schedule: { kind: 'daily' },
      target: { kind: 'at_least', value: 20, unit: 'minutes' },
    });
    const page = await michael.newPage();
    await page.goto('/habits');
    await page.getByText('at least 20 minutes a day').first().waitFor();
    await page.getByLabel('How many minutes today?').fill('25');
    await page.getByRole('button', { name: 'Save today' }).click();
    await page.getByText('Your reward: Tea').waitFor();
    const card = page.getByRole('article').filter({ hasText: 'read to Lisa' });
    await card.getByText('Change, pause, mark automatic or retire').click();
    await card.getByLabel('At least how many minutes').fill('10');
    await card.getByRole('button', { name: 'Change the amount' }).click();
    await card.getByText(/Ease the target to at least 10 minutes/).waitFor();
    await screenshot(page, 'habits-numeric');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  const screens: Array<{ name: string; path: string; ready: (p: Page) => Promise<unknown> }> = [
    {
      name: 'habits',
      path: '/habits',
      ready: (p) =>
        p
          .getByText(/Habit strength \d+%/)
          .first()
          .waitFor(),
    },
    { name: 'habit-new', path: '/habits/new', ready: (p) => p.getByLabel('Whose habit').waitFor() },
    { name: 'rewards', path: '/rewards', ready: (p) => p.getByText('Scrolling after an argument').waitFor() },
    {
      name: 'pace',
      path: '/pace',
      ready: (p) => p.getByRole('heading', { name: 'Communication' }).waitFor(),
    },
  ];
  for (const s of screens) {
    it(`${s.name} is accessible and fits 360 px, light and dark`, async () => {
      const problems: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        const context = await newContext(browser, server.url, { colorScheme: scheme });
        await new Seeder(context.request).login('lisa.habits@example.test', PASSWORD);
        const page = await context.newPage();
        await page.goto(s.path);
        await s.ready(page);
        problems.push(...(await accessibilityProblems(page, scheme)));
        await screenshot(page, `${s.name}-${scheme}`);
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
