import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Anchors through the browser: Lisa adds one and keeps it today; an anchor kept by weekly
 * appreciations that stopped three weeks ago shows its lapse with the evidence; a stress period
 * opens, crisis mode pauses the habit and says how to resume, a floor is lowered, and the period
 * closes. Then the archive (a snapshot and its restoration session) and roles. Axe at 360 px.
 */
const PASSWORD = 'correct horse battery';
const ZONE = 'Europe/Berlin';

let server: TestServer;
let browser: Browser;
let lisa: BrowserContext;
let snapshotId = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  lisa = await newContext(browser, server.url);
  const michael = await newContext(browser, server.url);
  const l = new Seeder(lisa.request);
  await l.signup('lisa.anchors@example.test', PASSWORD);
  await l.createCouple('Lisa', ZONE);
  const { code } = await l.invite();
  const m = new Seeder(michael.request);
  await m.signup('michael.anchors@example.test', PASSWORD);
  await m.join(code, 'Michael', ZONE);
  await michael.close();
  // Sixteen weeks of a weekly appreciation, then nothing for the last three weeks: a lapse.
  await l.call('POST', '/api/anchors', {
    name: 'Weekly thank-you',
    cadence: { times: 1, days: 7 },
    source: { kind: 'log', logKind: 'appreciation' },
    startDate: todayIn(ZONE, -133),
  });
  for (let week = 19; week >= 3; week--)
    await l.entry({
      kind: 'appreciation',
      date: todayIn(ZONE, -7 * week),
      text: `Thank you, week ${week}`,
      visibility: 'shared',
    });
  await l.call('POST', '/api/habits', {
    cue: 'After dinner',
    action: 'read to Michael',
    reward: 'Tea',
    owner: 'me',
    domain: 'intimacy',
    schedule: { kind: 'daily' },
  });
  snapshotId = (await l.call<{ id: string }>('POST', '/api/anchors/archive', { note: 'Before the baby' })).id;
  await l.call('POST', '/api/anchors/roles', { role: 'co-parent' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('anchors in the browser', () => {
  it('adds an anchor and keeps it today; a lapse shows its evidence in plain words', async () => {
    const page = await lisa.newPage();
    await page.goto('/anchors');
    await page.getByRole('heading', { name: 'Anchors', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('Date night');
    await page.getByRole('button', { name: 'Add anchor' }).click();
    const card = page.getByRole('article').filter({ hasText: 'Date night' });
    await card.getByText('At least once a week.', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'We kept it today' }).click();
    await card.getByText('Kept today ✓').waitFor();
    await card.getByText(/kept once in the last 28 days/).waitFor();

    const lapsed = page.getByRole('article').filter({ hasText: 'Weekly thank-you' });
    await lapsed.getByRole('heading', { name: 'Weekly thank-you has slipped lately' }).waitFor();
    await lapsed.getByText(/Keeping it this rarely by chance alone would happen about/).waitFor();
    await lapsed.getByText(/A lapse is information, not a failure/).waitFor();
    expect(await lapsed.getByText('Slipping').count()).toBe(1);
    await page.close();
  });

  it('opens a stress period, pauses everything but the anchors in one step, lowers a floor, and resumes', async () => {
    const page = await lisa.newPage();
    await page.goto('/anchors');
    await page.getByText('Going through something big?').click();
    await page.getByLabel('What is happening').fill('New baby');
    await page.getByRole('button', { name: 'Open a stress period' }).click();
    await page.getByRole('heading', { name: 'Stress period: New baby' }).waitFor();
    await page.getByRole('button', { name: 'Pause everything but the anchors' }).click();
    await page.getByRole('heading', { name: /Crisis mode since/ }).waitFor();
    await page.getByText('One habit is paused:').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'read to Michael' }).waitFor();
    await page.getByRole('heading', { name: 'How to resume' }).waitFor();

    const card = page.getByRole('article').filter({ hasText: 'Date night' });
    await card.getByText('Change name or floor').click();
    await card.getByText(/During “New baby” you can lower the floor/).waitFor();
    await card.getByRole('button', { name: 'One more In every this many days' }).click();
    await card.getByRole('button', { name: 'Save the lowered floor' }).click();
    await card.getByText('(Lowered for now; usually once a week.)').waitFor();
    await screenshot(page, 'anchors-crisis-light');
    expect(await accessibilityProblems(page, 'crisis')).toEqual([]);

    await page.getByRole('button', { name: 'Things have settled: close the stress period' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Things have settled: close the stress period' })
      .click();
    await page.getByText('Going through something big?').waitFor();
    await card.getByText('At least once a week.', { exact: true }).waitFor();
    expect(await card.getByText(/Lowered for now/).count()).toBe(0);
    await page.close();
  });

  it('walks through a snapshot and switches roles', async () => {
    const page = await lisa.newPage();
    await page.goto('/anchors/archive');
    await page.getByText('Before the baby').waitFor();
    await page.getByRole('link', { name: 'Walk through it' }).click();
    await page.getByRole('heading', { name: 'Restoration', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'read to Michael' }).waitFor();
    expect(page.url()).toContain(snapshotId);

    await page.goto('/anchors/roles');
    await page.getByText(/Lisa: co-parent/).waitFor();
    await page.getByRole('button', { name: 'lover', exact: true }).click();
    await page.getByLabel('Say it to your partner (optional)').fill('Tonight I’m your lover.');
    await page.getByRole('button', { name: 'Switch role' }).click();
    await page.getByText(/Lisa: lover/).waitFor();
    await page.getByText('“Tonight I’m your lover.”', { exact: false }).waitFor();
    await page.close();
  });

  // One test per scheme: four screens under axe take a while on a shared machine.
  it.each(['light', 'dark'] as const)('is accessible and fits 360 px (%s)', async (scheme) => {
    const problems: string[] = [];
    {
      const context = await newContext(browser, server.url, { colorScheme: scheme });
      await new Seeder(context.request).login('lisa.anchors@example.test', PASSWORD);
      const page = await context.newPage();
      for (const [path, heading, name] of [
        ['/anchors', 'Anchors', 'anchors'],
        ['/anchors/archive', 'The archive', 'archive'],
        [`/anchors/archive/${snapshotId}`, 'Restoration', 'restoration'],
        ['/anchors/roles', 'Roles', 'roles'],
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
