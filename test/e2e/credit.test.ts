import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { localDate, localTime } from '../../src/dates.ts';
import { DEMO_LOGINS, loadDemo } from '../../src/demo/load.ts';
import { planDemo } from '../../src/demo/plan.ts';
import { buildApp } from '../../src/server/app.ts';
import { openStore } from '../../src/storage/db.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { Seeder } from './support/seed.ts';

/*
 * Lisa of the demo couple (three years of data) on the credit screens at 360 px: tonight's
 * credit review in a few taps, the planted hint with its data as a picture and as a table,
 * "try it as an experiment" in one tap, and the loops of the log. Then every screen under axe,
 * light and dark, in English and in Spanish.
 */
const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

let browser: Browser;
let close: () => Promise<void>;
let url: string;
const contexts = new Map<string, BrowserContext>();
let lisa: Page;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attune-e2e-credit-'));
  const store = await openStore({ url: join(dir, 'attune.db') });
  await migrateToLatest(store.db);
  await loadDemo(store.db, planDemo(2, localDate(DEMO_LOGINS.lisa.timeZone)));
  const app = await buildApp({
    store,
    config: { insecureCookies: false, trustProxy: false, webDist: WEB_DIST, logger: false },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  close = async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  browser = await launchBrowser();
  for (const [name, options] of [
    ['light', { colorScheme: 'light' as const }],
    ['dark', { colorScheme: 'dark' as const }],
    ['es', { colorScheme: 'light' as const, locale: 'es-ES' }],
  ] as const) {
    const context = await newContext(browser, url, { ...options, timezoneId: DEMO_LOGINS.lisa.timeZone });
    await new Seeder(context.request).login(DEMO_LOGINS.lisa.email, DEMO_LOGINS.lisa.password);
    contexts.set(name, context);
  }
  lisa = await contexts.get('light')!.newPage();
}, 120_000);

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  await screenshot(lisa, `failed-credit-${context.task.name.replace(/\W+/g, '-').slice(0, 40)}`);
});

afterAll(async () => {
  await browser?.close();
  await close?.();
});

describe('credit and loops', () => {
  it('Lisa credits Michael in tonight’s review in three taps', async () => {
    await lisa.goto('/credit');
    const review = lisa.getByRole('region', { name: 'Tonight’s credit review' });
    await review.waitFor();
    await review.getByRole('button', { name: 'It made the whole day better' }).click();
    await screenshot(lisa, 'credit-review');
    await review.getByRole('button', { name: 'Thank Michael' }).click();
    await review.getByText('Done for today').waitFor();
    const log = await new Seeder(contexts.get('light')!.request).call<{
      entries: Array<{ kind: string; text: string }>;
    }>('GET', '/api/log?limit=5');
    expect(log.entries[0]).toMatchObject({ kind: 'appreciation', text: 'It made the whole day better' });
  });

  it('offers tonight’s review on the check-in at the evening ritual’s time in Michael’s zone, not his phone’s', async () => {
    // Michael's phone is still on Berlin time after a trip; his days are Chicago days.
    const zone = DEMO_LOGINS.michael.timeZone;
    const context = await newContext(browser, url, { timezoneId: 'Europe/Berlin' });
    await new Seeder(context.request).login(DEMO_LOGINS.michael.email, DEMO_LOGINS.michael.password);
    const page = await context.newPage();
    const day = localDate(zone);
    // The instant it is `hhmm` today in Chicago (the zone's offset read from its own clock).
    const at = (hhmm: string) => {
      const naive = Date.parse(`${day}T${hhmm}:00Z`);
      const wall = Date.parse(`${localDate(zone, new Date(naive))}T${localTime(zone, new Date(naive))}:00Z`);
      return new Date(naive - (wall - naive));
    };
    const review = page.getByRole('region', { name: 'Tonight’s credit review' });
    const open = async (time: Date) => {
      await context.clock.setFixedTime(time);
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/credit/review'));
      await page.goto('/checkin');
      await answered;
      await page.getByRole('heading', { level: 1 }).waitFor();
    };
    const { eveningAt } = await new Seeder(context.request).call<{ eveningAt: string }>(
      'GET',
      '/api/credit/review',
    );
    const phoneTime = () => page.evaluate<string>('new Date().toTimeString().slice(0, 5)');
    try {
      // 15:30 in Chicago is 22:30 on the phone: past the evening check-in's time there, not for Michael.
      await open(at('15:30'));
      expect(await phoneTime()).toBe('22:30');
      expect(eveningAt <= '22:30' && eveningAt > '15:30').toBe(true);
      await page.waitForTimeout(500);
      expect(await review.count()).toBe(0);
      // 23:00 in Chicago is 06:00 on the phone: evening for Michael.
      await open(at('23:00'));
      expect(await phoneTime()).toBe('06:00');
      await review.waitFor();
      await screenshot(page, 'credit-review-on-checkin');
    } finally {
      await context.close();
    }
  });

  it('shows the planted hint with its data, as a picture and as a table', async () => {
    const hint = lisa.getByRole('article').filter({ hasText: 'Michael’s appreciations' });
    await hint.getByText(/tends to be higher the next day/).waitFor();
    await hint.getByText('about 5 in 100 such hints are').waitFor();
    await hint.getByRole('img', { name: /Average of your satisfaction the next day/ }).waitFor();
    await screenshot(lisa, 'credit-hints');
    await hint.getByRole('button', { name: 'Show as a table' }).click();
    const table = hint.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    await screenshot(lisa, 'credit-hint-table');
  });

  it('turns the hint into a proposed experiment in one tap', async () => {
    const hint = lisa.getByRole('article').filter({ hasText: 'Michael’s appreciations' });
    await hint.getByRole('button', { name: 'Try it as an experiment' }).click();
    await lisa.getByRole('heading', { level: 1, name: 'Experiments' }).waitFor();
    await lisa.getByText('More of Michael’s appreciations').first().waitFor();
  });

  it('shows the loops of the log: the dishes and the conflict–closeness cycle', async () => {
    await lisa.goto('/log/loops');
    await lisa.getByRole('heading', { level: 2, name: '“dishes” keeps coming back' }).waitFor();
    await lisa.getByRole('heading', { level: 2, name: 'Conflict, then making up, then closeness' }).waitFor();
    await lisa.getByText(/instead of after a fight/).waitFor();
    await screenshot(lisa, 'credit-loops');
  });

  it('has no serious accessibility problem on either screen, light, dark and in Spanish, at 360 px', async () => {
    const problems: string[] = [];
    for (const name of ['light', 'dark', 'es']) {
      const page = await contexts.get(name)!.newPage();
      for (const path of ['/credit', '/log/loops']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        problems.push(...(await accessibilityProblems(page, `${name} ${path}`)));
        await screenshot(page, `credit-${name}${path.replaceAll('/', '-')}`);
      }
      if (name === 'es') {
        await page.goto('/credit');
        await page
          .getByText(/los agradecimientos de Michael/)
          .first()
          .waitFor();
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});
