import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/storage/ids.ts';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * The charts over months: the CSI-4 by month with its 13.5 line (a skipped month is a gap, the
 * partner's private score never shows), and repair latency per month. The CSI-4 is answered for
 * the running month only, so past months are written to the database, as a year of use would.
 */
const PASSWORD = 'correct horse battery';
const ZONE = 'Europe/Berlin';
const today = todayIn(ZONE);
const monthBack = (n: number) => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
};
const monthName = (month: string, style: 'long' | 'short' = 'long') =>
  new Intl.DateTimeFormat('en', { timeZone: 'UTC', month: style, year: 'numeric' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** Four answers (0–6, then 0–5 three times) that add up to `total`. */
const itemsFor = (total: number) => {
  let left = total;
  return [6, 5, 5, 5].map((max) => {
    const v = Math.min(max, left);
    left -= v;
    return v;
  });
};

let server: TestServer;
let browser: Browser;
let lisa: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  lisa = await newContext(browser, server.url);
  const michael = await newContext(browser, server.url);
  const l = new Seeder(lisa.request);
  await l.signup('lisa.charts@example.test', PASSWORD);
  await l.createCouple('Lisa', ZONE);
  const { code } = await l.invite();
  const m = new Seeder(michael.request);
  await m.signup('michael.charts@example.test', PASSWORD);
  await m.join(code, 'Michael', ZONE);
  const couple = await l.call<{ id: string; partners: { id: string; me: boolean }[] }>('GET', '/api/couple');
  const lisaId = couple.partners.find((p) => p.me)!.id;
  const michaelId = couple.partners.find((p) => !p.me)!.id;
  const csi4 = (author: string, month: string, total: number, visibility: 'shared' | 'private') => ({
    couple_id: couple.id,
    id: newId(),
    author_id: author,
    month,
    items: JSON.stringify(itemsFor(total)),
    total,
    visibility,
    created_at: new Date().toISOString(),
  });
  // Lisa: five months back to one, month 3 skipped. Michael: one shared, one private (a canary: 2).
  await server.store.db
    .insertInto('csi4')
    .values([
      csi4(lisaId, monthBack(5), 16, 'private'),
      csi4(lisaId, monthBack(4), 12, 'private'),
      csi4(lisaId, monthBack(2), 11, 'private'),
      csi4(lisaId, monthBack(1), 15, 'private'),
      csi4(michaelId, monthBack(4), 17, 'shared'),
      csi4(michaelId, monthBack(1), 2, 'private'),
    ])
    .execute();
  // Conflicts and repairs in two months: 2 days to repair, then 5.
  for (const [month, wait] of [
    [monthBack(2), 2],
    [monthBack(1), 5],
  ] as const) {
    const conflict = await l.entry({
      kind: 'conflict',
      date: `${month}-03`,
      text: 'Argued about the plans.',
      visibility: 'shared',
      intensity: 2,
    });
    await m.entry({
      kind: 'repair',
      date: `${month}-0${3 + wait}`,
      text: 'Talked it through.',
      repairOf: conflict.id,
      visibility: 'shared',
    });
  }
  await michael.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('charts over months', () => {
  it('the CSI-4 by month: the 13.5 line, a gap for a skipped month, only what Lisa may see', async () => {
    const page = await lisa.newPage();
    await page.goto('/checkin/csi4');
    const chart = page.getByRole('img', { name: /^CSI-4 scores by month, .* distress cut-off at 13.5$/ });
    await chart.waitFor();
    const svg = chart.locator('svg.time-chart');
    await svg.waitFor();
    expect(await svg.getByText('13.5: distress cut-off').count()).toBe(1);
    // Lisa's line: two pieces around the skipped month.
    const d = (await svg.locator('path[stroke="var(--series-me)"]').first().getAttribute('d')) ?? '';
    expect(d.split('M').length - 1).toBe(2);
    await screenshot(page, 'csi4-chart');
    await page
      .getByRole('figure')
      .filter({ has: chart })
      .getByRole('button', { name: 'Show as a table' })
      .click();
    const table = page.getByRole('table', { name: /^CSI-4 scores by month/ });
    const row = (month: string) =>
      table.getByRole('row', { name: new RegExp(`^${monthName(month)}`) }).getByRole('cell');
    expect(await row(monthBack(4)).allTextContents()).toEqual(['12', '17']);
    expect(await row(monthBack(1)).allTextContents()).toEqual(['15', '–']); // his private 2 stays his
    expect(await table.getByRole('row', { name: new RegExp(`^${monthName(monthBack(3))}`) }).count()).toBe(0);
    expect(await accessibilityProblems(page, 'csi4 table')).toEqual([]);
    await page.close();
  });

  it('repair latency per month as a chart with its table, accessible at 360 px', async () => {
    const page = await lisa.newPage();
    await page.goto('/checkin/week');
    const chart = page.getByRole('img', {
      name: /^Median days from a conflict to its repair, month by month/,
    });
    await chart.waitFor();
    // Two months, two dots: each dot is one "M x yh0" of the series' dot path.
    const dots = chart.locator('svg.time-chart path.plot-dots');
    await dots.first().waitFor();
    const d = (await dots.evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? '').join(''))) as string;
    expect(d.match(/h0/g)?.length).toBe(2);
    expect(await accessibilityProblems(page, 'week')).toEqual([]);
    await screenshot(page, 'week-charts');
    await page
      .getByRole('figure')
      .filter({ has: chart })
      .getByRole('button', { name: 'Show as a table' })
      .click();
    const table = page.getByRole('table', { name: 'Conflicts and the median time to repair, per month.' });
    const row = (month: string) =>
      table.getByRole('row', { name: new RegExp(`^${monthName(month, 'short')}`) }).getByRole('cell');
    expect(await row(monthBack(2)).allTextContents()).toEqual(['1', '2 days']);
    expect(await row(monthBack(1)).allTextContents()).toEqual(['1', '5 days']);
    await page.close();
  });
});
