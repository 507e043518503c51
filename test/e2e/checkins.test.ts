import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/storage/ids.ts';
import { CheckinPage, MetricsPage } from './pages/checkin-page.ts';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, SCREENSHOTS, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Lisa and Michael's daily check-in: Lisa fills today in from yesterday's numbers in a handful
 * of interactions, the week shows it, a metric Lisa proposes and Michael accepts joins the
 * check-in, Lisa answers the monthly CSI-4 privately. Then every new screen under axe, light
 * and dark, at 360 px. Steps run in order and build on each other.
 */
const PASSWORD = 'correct horse battery';
const ZONE = 'Europe/Berlin';
const METRIC = 'Evenings without phones';

let server: TestServer;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();
let lisa: Page;
let michael: Page;
let lisaApi: Seeder;
let michaelApi: Seeder;
const today = todayIn(ZONE);
const yesterday = todayIn(ZONE, -1);

type Day = {
  checkin: {
    satisfaction: number | null;
    energy: number | null;
    connection: number | null;
    positives: number | null;
    metrics: Record<string, number>;
  } | null;
  metrics: { id: string; name: string }[];
  csi4Due: boolean;
};

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  for (const who of ['lisa', 'michael'])
    for (const scheme of ['light', 'dark'] as const)
      contexts.set(
        `${who}-${scheme}`,
        await newContext(browser, server.url, { colorScheme: scheme, timezoneId: ZONE }),
      );
  lisaApi = new Seeder(contexts.get('lisa-light')!.request);
  michaelApi = new Seeder(contexts.get('michael-light')!.request);
  await lisaApi.signup('lisa@example.test', PASSWORD);
  await lisaApi.createCouple('Lisa', ZONE);
  const { code } = await lisaApi.invite();
  await michaelApi.signup('michael@example.test', PASSWORD);
  await michaelApi.join(code, 'Michael', ZONE);
  await new Seeder(contexts.get('lisa-dark')!.request).login('lisa@example.test', PASSWORD);
  await new Seeder(contexts.get('michael-dark')!.request).login('michael@example.test', PASSWORD);

  // Yesterday's check-in, the start today's is made from.
  await lisaApi.call('POST', '/api/checkins', {
    date: yesterday,
    satisfaction: 7,
    energy: 6,
    connection: 8,
    conflicts: 0,
    positives: 3,
  });
  // And one in the last complete month, where the monthly review opens, whatever today's date.
  const [y, m] = today.split('-').map(Number) as [number, number];
  const midLastMonth = new Date(Date.UTC(y, m - 2, 15)).toISOString().slice(0, 10);
  const db = server.store.db;
  const row = await db
    .selectFrom('checkins')
    .selectAll()
    .where('date', '=', yesterday)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('checkins')
    .values({ ...row, id: newId(), date: midLastMonth })
    .execute();
  // Something for the log metrics and the weekly wins to show.
  const conflict = await lisaApi.entry({
    kind: 'conflict',
    date: yesterday,
    text: 'Argued about the dishes.',
    visibility: 'shared',
    intensity: 2,
  });
  await michaelApi.entry({
    kind: 'repair',
    date: today,
    text: 'Talked it through over tea.',
    repairOf: conflict.id,
    visibility: 'shared',
  });
  const promise = await michaelApi.entry({
    kind: 'promise',
    date: yesterday,
    text: 'I will book the train tickets.',
    promiseDue: today,
    visibility: 'shared',
  });
  await michaelApi.call('POST', `/api/log/${promise.id}/promise`, { state: 'kept' });
  await lisaApi.entry({
    kind: 'appreciation',
    date: today,
    text: 'Thank you for the tickets.',
    visibility: 'shared',
  });

  lisa = await contexts.get('lisa-light')!.newPage();
  michael = await contexts.get('michael-light')!.newPage();
});

// A failed step leaves both screens in .tmp/screenshots to look at.
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  const name = context.task.name.replace(/\W+/g, '-').slice(0, 40);
  await Promise.all([screenshot(lisa, `failed-${name}-lisa`), screenshot(michael, `failed-${name}-michael`)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the daily check-in', () => {
  it('Lisa checks in from yesterday’s numbers in under 10 interactions', async () => {
    const page = new CheckinPage(lisa);
    const started = Date.now();
    await page.open();
    // The essentials fit one phone screen: Save is in view without scrolling.
    const box = await page.saveButton.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(780);
    // Nothing is answered until touched.
    await lisa.getByText('not answered').first().waitFor();
    expect(await lisa.getByRole('slider', { name: /Satisfaction/ }).getAttribute('aria-valuetext')).toBe(
      'not answered',
    );
    await lisa.screenshot({ path: `${SCREENSHOTS}/checkin-fresh-viewport.png` });
    await page.sameAsYesterday();
    expect(await page.counter('Positive moments').textContent()).toBe('3');
    await page.more('Positive moments');
    await page.save();
    // Focus lands on "done", not on the page's body.
    // (Focus moves once "done" is drawn: a poll, not a single look the moment it appears.)
    await expect
      .poll(() => lisa.evaluate<string>('document.activeElement?.textContent ?? ""'))
      .toBe('Done for today');
    const took = Date.now() - started;
    expect(page.interactions).toBe(4);
    expect(page.interactions).toBeLessThan(10);
    expect(took).toBeLessThan(30_000);
    console.log(`check-in: ${page.interactions} interactions, ${took} ms`);
    await screenshot(lisa, 'checkin-saved');
    const day = await lisaApi.call<Day>('GET', `/api/checkins/day/${today}`);
    expect(day.checkin).toMatchObject({
      satisfaction: 7,
      energy: 6,
      connection: 8,
      conflicts: 0,
      positives: 4,
    });
  });

  it('the week shows today’s check-in beside yesterday’s, and the log metrics', async () => {
    await lisa.getByRole('link', { name: 'This week' }).click();
    await lisa.getByRole('heading', { level: 1, name: 'This week' }).waitFor();
    // Rows are headed by the day as the app writes it in English: "Tue, Mar 5".
    const dayLabel = (date: string) =>
      new Intl.DateTimeFormat('en', {
        timeZone: 'UTC',
        weekday: 'short',
        day: 'numeric',
        month: 'short',
      }).format(new Date(`${date}T00:00:00Z`));
    // The week is a picture (small multiples); its numbers are one tap away as a table.
    await lisa.getByRole('img', { name: /^Your week and your partner’s/ }).waitFor();
    await lisa.getByRole('button', { name: 'Show as a table' }).click();
    const row = (date: string) => lisa.getByRole('row', { name: new RegExp(`^${dayLabel(date)} · You`) });
    const cells = (date: string) => row(date).getByRole('cell').allTextContents();
    await expect.poll(() => cells(today)).toEqual(['7', '6', '8', '0', '4']);
    expect(await cells(yesterday)).toEqual(['7', '6', '8', '0', '3']);
    const fromLog = lisa.getByRole('region', { name: 'From your log' });
    await fromLog.getByText(/Half of your repairs came within 1 day/).waitFor();
    // One kept promise: (1 + 1) / (2 + 1), rough with so few.
    const michaelTrust = fromLog.getByRole('listitem').filter({ hasText: 'Michael:' });
    expect(await michaelTrust.textContent()).toMatch(/^Michael: 67 of 100.*still rough/);
    await screenshot(lisa, 'week');
  });

  it('a metric Lisa proposes joins the check-in once Michael accepts it', async () => {
    const lisaMetrics = new MetricsPage(lisa);
    await lisaMetrics.open();
    await lisaMetrics.propose(METRIC, 0, 7, 'Higher');
    // Only the other partner may accept.
    expect(
      await lisaMetrics
        .group('Waiting for a yes')
        .getByRole('button', { name: `Accept “${METRIC}”` })
        .count(),
    ).toBe(0);
    const before = await lisaApi.call<Day>('GET', `/api/checkins/day/${today}`);
    expect(before.metrics).toEqual([]);

    const michaelMetrics = new MetricsPage(michael);
    await michaelMetrics.open();
    await michaelMetrics
      .group('Waiting for a yes')
      .getByRole('button', { name: `Accept “${METRIC}”` })
      .click();
    await michaelMetrics.group('In the daily check-in').getByRole('heading', { name: METRIC }).waitFor();

    const checkin = new CheckinPage(michael);
    await checkin.open();
    // Lisa's shared appreciation of today is offered as the day's count (his own repair is no moment).
    await checkin.act(() =>
      michael.getByRole('button', { name: 'From the log: no conflicts, one good moment' }).click(),
    );
    expect(await checkin.counter('Positive moments').textContent()).toBe('1');
    expect(await checkin.counter('Conflicts').textContent()).toBe('0');
    await checkin.unfold();
    const label = `${METRIC} (0–7)`;
    await checkin.more(label);
    await checkin.more(label);
    expect(await checkin.counter(label).textContent()).toBe('2');
    await checkin.save();
    const day = await michaelApi.call<Day>('GET', `/api/checkins/day/${today}`);
    const id = day.metrics.find((m) => m.name === METRIC)!.id;
    expect(day.checkin!.metrics).toEqual({ [id]: 2 });
    // The scores he never touched are stored as missing, not as a middle value.
    expect(day.checkin).toMatchObject({ satisfaction: null, energy: null, connection: null, positives: 1 });
    await michael.getByText('Satisfaction with us today').waitFor();
    await screenshot(michael, 'checkin-done-partial');

    await lisa.goto('/checkin');
    const lisaCheckin = new CheckinPage(lisa);
    await lisaCheckin.done.waitFor();
    await lisa.getByRole('button', { name: 'Change answers' }).click();
    await lisaCheckin.unfold();
    await lisaCheckin.counter(label).waitFor();
  });

  it('Lisa answers the CSI-4 privately and sees what her score means', async () => {
    await lisa.goto('/checkin');
    await lisa.getByRole('link', { name: 'Answer now' }).click();
    await lisa.getByRole('heading', { level: 1, name: 'Monthly questions' }).waitFor();
    const answer = (question: RegExp, label: string) =>
      lisa.getByRole('group', { name: question }).getByRole('radio', { name: label, exact: true }).check();
    await answer(/degree of happiness/, 'Very happy');
    await answer(/warm and comfortable/, 'Mostly true');
    await answer(/How rewarding/, 'Mostly');
    await answer(/how satisfied/, 'Almost completely');
    expect(await lisa.getByRole('checkbox', { name: 'Let my partner see my score' }).isChecked()).toBe(false);
    await lisa.getByRole('button', { name: 'See my score' }).click();
    await lisa.getByText('14 of 21', { exact: true }).waitFor();
    await lisa.getByText('Only you can see this score.', { exact: false }).waitFor();
    await lisa.getByText(/That is above 13\.5/).waitFor();
    await screenshot(lisa, 'csi4-result');
    // Private: Michael's answer carries no result of Lisa's, and hers is no longer due.
    const seen = await michaelApi.call<{ results: unknown[] }>('GET', '/api/checkins/csi4');
    expect(seen.results).toEqual([]);
    expect((await lisaApi.call<Day>('GET', `/api/checkins/day/${today}`)).csi4Due).toBe(false);
  });

  it('retiring a metric asks first, says the data is kept, and keeps it', async () => {
    const metrics = new MetricsPage(lisa);
    await metrics.open();
    await metrics
      .group('In the daily check-in')
      .getByRole('button', { name: `Retire “${METRIC}”…` })
      .click();
    const dialog = lisa.getByRole('dialog', { name: `Retire “${METRIC}”?` });
    await dialog.getByText(/Everything already recorded for it is kept/).waitFor();
    await screenshot(lisa, 'metric-retire-dialog');
    await dialog.getByRole('button', { name: 'Retire metric' }).click();
    await metrics.group('Retired (data kept)').getByRole('heading', { name: METRIC }).waitFor();
    const day = await michaelApi.call<Day>('GET', `/api/checkins/day/${today}`);
    expect(day.metrics).toEqual([]);
    expect(Object.values(day.checkin!.metrics)).toEqual([2]);
  });

  it('the weekly wins and monthly review are reached from the rituals screen', async () => {
    await lisa.goto('/rituals');
    await lisa.getByRole('link', { name: 'Weekly wins' }).click();
    await lisa.getByRole('heading', { level: 1, name: 'Weekly wins' }).waitFor();
    await lisa.getByText('I will book the train tickets.', { exact: false }).waitFor();
    await lisa.getByText('Thank you for the tickets.', { exact: false }).waitFor();
    await lisa.getByText('2 of 7 days', { exact: true }).waitFor();
    await lisa.goto('/rituals');
    await lisa.getByRole('link', { name: 'Monthly review' }).click();
    await lisa.getByRole('heading', { level: 1, name: 'Monthly review' }).waitFor();
    // It opens on the last complete month, never on a month a few days old.
    const [y, m] = today.split('-').map(Number) as [number, number];
    const lastMonth = new Date(Date.UTC(y, m - 2, 1));
    const monthName = (d: Date) =>
      new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(d);
    await lisa.getByText(`${monthName(lastMonth)}, compared with`).waitFor();
    await lisa.getByRole('img', { name: /^You: check-in averages in / }).waitFor();
    // This month, so far: one tap on, with its days filled in as a table.
    await lisa.getByRole('button', { name: 'Month after →' }).click();
    await lisa.getByText(`${monthName(new Date(Date.UTC(y, m - 1, 1)))}, compared with`).waitFor();
    await lisa.getByText(/This month is still running/).waitFor();
    await lisa
      .getByRole('figure')
      .filter({ has: lisa.getByRole('img', { name: /^You:/ }) })
      .getByRole('button', { name: 'Show as a table' })
      .click();
    const mine = lisa.getByRole('table', { name: /^You:/ });
    expect(
      await mine
        .getByRole('row', { name: /^Positive moments/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe(today.slice(0, 7) === yesterday.slice(0, 7) ? '3.5' : '4.0');
  });
});

interface Screen {
  name: string;
  who: 'lisa' | 'michael';
  path: string;
  ready: (page: Page) => Promise<void>;
}

const screens: Screen[] = [
  {
    name: 'checkin',
    who: 'michael',
    path: '/checkin',
    ready: (p) => p.getByRole('link', { name: 'Answer now' }).waitFor(),
  },
  {
    // Michael has no check-in yesterday: the form with nothing answered, its fold opened.
    name: 'checkin-form',
    who: 'michael',
    path: `/checkin/${yesterday}`,
    ready: async (p) => {
      await p.getByRole('button', { name: 'Save check-in' }).waitFor();
      await p.getByText('Note, metrics, sharing').click();
    },
  },
  {
    name: 'checkin-week',
    who: 'lisa',
    path: '/checkin/week',
    ready: (p) => p.getByText(/Half of your repairs/).waitFor(),
  },
  {
    name: 'metrics',
    who: 'lisa',
    path: '/checkin/metrics',
    ready: (p) => p.getByRole('heading', { name: METRIC }).waitFor(),
  },
  {
    name: 'metrics-retire-dialog',
    who: 'michael',
    path: '/checkin/metrics',
    ready: async (p) => {
      await p.getByRole('heading', { name: METRIC }).waitFor();
      const withdraw = p.getByRole('button', { name: 'Withdraw “Walks together”…' });
      // Proposed once (in the light run); the dark run finds it there.
      if ((await withdraw.count()) === 0) {
        await p
          .getByRole('form', { name: 'Propose a metric' })
          .getByLabel('Name', { exact: true })
          .fill('Walks together');
        await p.getByRole('button', { name: 'Propose metric' }).click();
      }
      await withdraw.click();
      await p.getByRole('dialog', { name: 'Withdraw “Walks together”?' }).waitFor();
    },
  },
  {
    name: 'csi4-form',
    who: 'michael',
    path: '/checkin/csi4',
    ready: (p) => p.getByRole('button', { name: 'See my score' }).waitFor(),
  },
  {
    name: 'csi4-result',
    who: 'lisa',
    path: '/checkin/csi4',
    ready: (p) => p.getByText('14 of 21', { exact: true }).waitFor(),
  },
  {
    name: 'review-week',
    who: 'lisa',
    path: '/rituals/week',
    ready: (p) => p.getByText('Thank you for the tickets.', { exact: false }).waitFor(),
  },
  {
    name: 'review-month',
    who: 'lisa',
    path: '/rituals/month',
    ready: (p) => p.getByRole('img', { name: /^You: check-in averages/ }).waitFor(),
  },
  {
    name: 'rituals',
    who: 'lisa',
    path: '/rituals',
    ready: (p) => p.getByRole('link', { name: 'Weekly wins' }).waitFor(),
  },
];

describe('the check-in screens are accessible and fit a 360 px phone, light and dark', () => {
  for (const screen of screens) {
    it(screen.name, async () => {
      const problems: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        const page = await contexts.get(`${screen.who}-${scheme}`)!.newPage();
        await page.goto(screen.path);
        await screen.ready(page);
        problems.push(...(await accessibilityProblems(page, scheme)));
        await screenshot(page, `checkins-${screen.name}-${scheme}`);
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
