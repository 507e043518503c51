import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/dates.ts';
import { newId } from '../../src/storage/ids.ts';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * An ENDED experiment's results in the browser: the phase chart (daily values, B phases shaded,
 * phase means, settling days hollow, missing days as gaps), its table with the same numbers, and
 * its export. The API never lets an experiment start in the past, so the test moves a running one
 * back in time in the database and plants the check-ins of its days, as the API tests do.
 */
const PASSWORD = 'correct horse battery';
const PHASE_DAYS = 5;
const MISSING = new Set([3, 12]); // days (from the start) without a check-in

let server: TestServer;
let browser: Browser;
let lisa: BrowserContext;
let total = 0;
let settlingDays = 0;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  lisa = await newContext(browser, server.url);
  const michael = await newContext(browser, server.url);
  const l = new Seeder(lisa.request);
  await l.signup('lisa.results@example.test', PASSWORD);
  await l.createCouple('Lisa');
  const { code } = await l.invite();
  const m = new Seeder(michael.request);
  await m.signup('michael.results@example.test', PASSWORD);
  await m.join(code, 'Michael');
  const couple = await l.call<{ id: string; partners: { id: string; me: boolean }[] }>('GET', '/api/couple');
  const me = couple.partners.find((p) => p.me)!.id;
  const e = await l.call<{ id: string }>('POST', '/api/experiments', {
    title: 'A walk after dinner',
    performer: 'both',
    metric: 'energy',
    phaseDays: PHASE_DAYS,
    settlingDays: 1,
  });
  await m.call('POST', `/api/experiments/${e.id}/accept`);
  await michael.close();

  // Move it into the past: it ended yesterday (UTC, as the API tests do).
  const db = server.store.db;
  const row = await db.selectFrom('experiments').selectAll().where('id', '=', e.id).executeTakeFirstOrThrow();
  const schedule = JSON.parse(row.schedule!) as number[];
  settlingDays = row.settling_days;
  total = schedule.reduce((s, n) => s + n, 0);
  const start = addDays(localDate('UTC'), -1 - total);
  await db
    .updateTable('experiments')
    .set({ start_date: start, end_date: addDays(start, total - 1) })
    .where('id', '=', e.id)
    .execute();
  const bDay: boolean[] = schedule.flatMap((n, i) => Array.from({ length: n }, () => i % 2 === 1));
  const now = new Date().toISOString();
  await db
    .insertInto('checkins')
    .values(
      Array.from({ length: total }, (_, d) => d)
        .filter((d) => !MISSING.has(d))
        .map((d) => ({
          couple_id: couple.id,
          id: newId(),
          author_id: me,
          date: addDays(start, d),
          satisfaction: 5,
          energy: (bDay[d] ? 8 : 5) + (d % 2),
          connection: 5,
          conflicts: 0,
          positives: 3,
          metrics: '{}',
          visibility: 'shared' as const,
          note: null,
          note_visibility: 'private' as const,
          created_at: now,
          updated_at: now,
        })),
    )
    .execute();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an ended experiment’s results', () => {
  it('show the phase chart, its table and its export', async () => {
    const page = await lisa.newPage();
    await page.goto('/experiments');
    const card = page.getByRole('article').filter({ hasText: 'A walk after dinner' });
    await card.getByText('Ended').waitFor();
    const chart = card.getByRole('img', { name: /^Each day’s energy, .* with the phases and their means$/ });
    await chart.waitFor();
    // Two B phases shaded (ABAB), four phase means, one unbroken run per stretch between gaps.
    const svg = chart.locator('svg.time-chart');
    await svg.waitFor();
    expect(await svg.locator('rect[fill="var(--cat-3)"]').count()).toBe(2);
    expect(await svg.locator('line[stroke-width="3"]').count()).toBe(4);
    // Settling days with a rating are hollow dots (the first day of each phase, unless missing).
    const hollow = await svg.locator('circle[fill="var(--surface)"]').count();
    expect(hollow).toBeGreaterThanOrEqual(4 * settlingDays - MISSING.size);
    expect(hollow).toBeLessThanOrEqual(4 * settlingDays);
    // The rated line breaks at missing and settling days: more than one piece ("M" per piece).
    const d = (await svg.locator('path[stroke="var(--series-me)"]').first().getAttribute('d')) ?? '';
    expect(d.split('M').length - 1).toBeGreaterThan(MISSING.size);
    await screenshot(page, 'experiment-results-chart');
    await chart.screenshot({ path: '.tmp/screenshots/experiment-chart-only.png' });

    // The same numbers as a table: one row per day, missing and settling days said in words.
    await card.getByRole('button', { name: 'Show as a table' }).click();
    const table = card.getByRole('table', { name: /^Each day’s energy/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(total);
    expect(await table.getByRole('cell', { name: 'No rating' }).count()).toBe(MISSING.size);
    expect(await table.getByText('Settling day: left out of the analysis').count()).toBeGreaterThan(0);
    expect(await accessibilityProblems(page, 'results table')).toEqual([]);
    await card.getByRole('button', { name: 'Show as a table' }).click();
    await svg.waitFor(); // the picture is back, drawn again

    // Export: a standalone SVG in real colours, and a PNG.
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Save as SVG' }).click(),
    ]);
    expect(svgFile.suggestedFilename()).toBe('attune-experiment.svg');
    const markup = readFileSync((await svgFile.path())!, 'utf8');
    expect(markup).toContain('<svg');
    expect(markup).toContain('Each day’s energy');
    expect(markup).not.toContain('var(--');
    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Save as PNG' }).click(),
    ]);
    expect(pngFile.suggestedFilename()).toBe('attune-experiment.png');
    const png = readFileSync((await pngFile.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(2000);
    await page.close();
  });

  it('is accessible and fits 360 px, light and dark', async () => {
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, server.url, { colorScheme: scheme });
      await new Seeder(context.request).login('lisa.results@example.test', PASSWORD);
      const page = await context.newPage();
      await page.goto('/experiments');
      await page.locator('svg.time-chart').waitFor();
      problems.push(...(await accessibilityProblems(page, scheme)));
      await screenshot(page, `experiment-results-${scheme}`);
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
