import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Every screen, in light and dark, at 360 px wide: no serious or critical axe violation (WCAG
 * 2.2 A/AA rules), no sideways scrolling, and a screenshot in .tmp/screenshots to look at.
 */
const PASSWORD = 'correct horse battery';
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

let server: TestServer;
let browser: Browser;
/** Lisa (in a couple, with entries), Sam (no couple yet), and nobody, per scheme. */
const contexts = new Map<string, BrowserContext>();
let conflictId = '';

function context(who: 'lisa' | 'sam' | 'nobody', scheme: Scheme): BrowserContext {
  return contexts.get(`${who}-${scheme}`)!;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  for (const scheme of SCHEMES) {
    for (const who of ['lisa', 'sam', 'nobody'] as const) {
      contexts.set(`${who}-${scheme}`, await newContext(browser, server.url, { colorScheme: scheme }));
    }
  }
  const lisa = new Seeder(context('lisa', 'light').request);
  await lisa.signup('lisa@example.test', PASSWORD);
  await lisa.createCouple('Lisa');
  const today = todayIn('Europe/Berlin');
  const yesterday = todayIn('Europe/Berlin', -1);
  const conflict = await lisa.entry({
    kind: 'conflict',
    date: yesterday,
    text: 'We argued about whose turn it was to call the plumber. Voices were raised; we both went quiet.',
    domains: ['logistics', 'communication'],
    intensity: 4,
    visibility: 'shared',
  });
  conflictId = conflict.id;
  await lisa.entry({
    kind: 'repair',
    date: today,
    text: 'Talked over breakfast and agreed on a shared to-do list.',
    domains: ['conflict_resolution'],
    repairOf: conflict.id,
    visibility: 'shared',
  });
  await lisa.entry({
    kind: 'promise',
    date: today,
    text: 'I will plan our Friday date night.',
    promiseDue: todayIn('Europe/Berlin', 4),
    visibility: 'shared',
  });
  await lisa.entry({
    kind: 'note',
    date: today,
    text: 'Feeling tired this week.',
    visibility: 'private',
    intensity: 2,
  });
  await lisa.entry({
    kind: 'appreciation',
    date: yesterday,
    text: 'He made soup when I was ill.',
    visibility: 'shared',
  });
  await lisa.invite();
  await new Seeder(context('lisa', 'dark').request).login('lisa@example.test', PASSWORD);
  await new Seeder(context('sam', 'light').request).signup('sam@example.test', PASSWORD);
  await new Seeder(context('sam', 'dark').request).login('sam@example.test', PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Screen {
  name: string;
  who: 'lisa' | 'sam' | 'nobody';
  path: string;
  /** The visible state that says the screen is ready, then any interaction to show more of it. */
  ready: (page: Page) => Promise<void>;
}

const screens: Screen[] = [
  {
    name: 'more',
    who: 'lisa',
    path: '/more',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'More' }).waitFor(),
  },
  {
    name: 'import-preview',
    who: 'lisa',
    path: '/log/import',
    ready: async (p) => {
      await p.getByLabel('Choose a file').setInputFiles({
        name: 'notebook.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          '04/05/2023\nFight about the dishes (3/5)\nThanks: tea\n13/32/2023\nNote: oops\n',
        ),
      });
      await p.getByRole('heading', { name: 'What we found' }).waitFor();
    },
  },
  {
    name: 'welcome',
    who: 'nobody',
    path: '/',
    ready: (p) => p.getByRole('region', { name: 'Log in' }).waitFor(),
  },
  {
    name: 'join-link',
    who: 'nobody',
    path: '/join/ABCD-EFGH-JKMN',
    ready: (p) => p.getByRole('region', { name: 'Create an account' }).waitFor(),
  },
  {
    name: 'setup',
    who: 'sam',
    path: '/',
    ready: (p) => p.getByRole('region', { name: 'Start a new couple space' }).waitFor(),
  },
  {
    name: 'invite',
    who: 'lisa',
    path: '/invite',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Make a new code' }).first().click();
      await p.getByLabel('Link to send').waitFor();
    },
  },
  {
    name: 'log',
    who: 'lisa',
    path: '/',
    ready: async (p) => {
      await p.getByText('I will plan our Friday date night.').waitFor();
      await p.locator('details.filters summary').click();
      await p.getByLabel('Written by').waitFor();
    },
  },
  {
    name: 'entry-new',
    who: 'lisa',
    path: '/log/new',
    ready: async (p) => {
      await p.getByRole('radio', { name: 'Repair', exact: true }).check();
      await p
        .getByLabel('Which conflict did this repair?')
        .locator('option')
        .nth(1)
        .waitFor({ state: 'attached' });
    },
  },
  {
    name: 'entry-edit',
    who: 'lisa',
    path: '/log/CONFLICT/edit',
    ready: (p) => p.getByRole('heading', { level: 1, name: 'Edit entry' }).waitFor(),
  },
  {
    name: 'settings',
    who: 'lisa',
    path: '/settings',
    ready: (p) => p.getByText('This device', { exact: true }).waitFor(),
  },
  {
    name: 'delete-dialog',
    who: 'lisa',
    path: '/settings',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Delete account…' }).click();
      await p.getByRole('dialog', { name: 'Delete your account for good?' }).waitFor();
    },
  },
];

describe('every screen is accessible and fits a 360 px phone, light and dark', () => {
  for (const screen of screens) {
    it(screen.name, async () => {
      const problems: string[] = [];
      for (const scheme of SCHEMES) {
        const page = await context(screen.who, scheme).newPage();
        await page.goto(screen.path.replace('CONFLICT', conflictId));
        await screen.ready(page);
        problems.push(...(await accessibilityProblems(page, scheme)));
        await screenshot(page, `${screen.name}-${scheme}`);
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }

  it('the log on a wide screen has the navigation on top', async () => {
    const context = await newContext(browser, server.url, { viewport: { width: 1200, height: 900 } });
    await new Seeder(context.request).login('lisa@example.test', PASSWORD);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByText('I will plan our Friday date night.').waitFor();
    const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect(nav!.y).toBeLessThan(200);
    await screenshot(page, 'log-wide');
    await context.close();
  });
});
