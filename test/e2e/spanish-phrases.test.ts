import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTER_IDEAS } from '../../src/areas/exploration/starter-ideas.ts';
import { DEMO_LOGINS, loadDemo } from '../../src/demo/load.ts';
import { planDemo } from '../../src/demo/plan.ts';
import { accessibilityProblems } from './support/accessibility.ts';
import { hasHorizontalScroll, launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * The sentences the server explains things with, on the demo couple's screens in Spanish: the
 * lapse test, a suggestion's reason, a snapshot, the history's stories, loops, insights and the
 * monthly report, an experiment's rule and results. None of the server's English sentences may
 * show; each screen keeps axe at zero at 360 px.
 */

/** Beginnings of the server's English sentences (its `explanation`, `words`, `text`, `story`…). */
const ENGLISH = [
  'We picked',
  'It had about a',
  'What you had going on',
  'Satisfaction was',
  'In the last',
  'Over the',
  'It’s holding',
  'A dip like this',
  'A stress period',
  'You named',
  'Lapsed:',
  'Started:',
  'Too early to say',
  'Done on',
  'Faded after',
  'So far',
  'To talk about',
  'What happened:',
  'days with a check-in you can see',
  'Start small',
  'Stay with',
  'stuck (somewhere between',
  'We will call it helpful',
  'days rated',
  'Within each A→B pair',
  'By the rule you set',
  'keeps coming back',
  'Promises about',
  'Perhaps a smaller promise',
  'The change seems to have stuck',
  'No clear shift yet',
  'What are we really optimizing',
  ...STARTER_IDEAS.map((i) => i.text),
];

let server: TestServer;
let browser: Browser;
let lisa: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer((store) => loadDemo(store.db, planDemo(1, todayIn('America/Chicago')))),
    launchBrowser(),
  ]);
  lisa = await newContext(browser, server.url, { locale: 'es-ES' });
  const seed = new Seeder(lisa.request);
  await seed.login(DEMO_LOGINS.lisa.email, DEMO_LOGINS.lisa.password);
  await seed.call('POST', '/api/anchors/archive', { note: 'Un buen mes' });
  await seed.call('POST', '/api/exploration/draws', { seed: 7 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a screen and waits for its content: the title, then no loading line left. */
async function open(page: Page, path: string, title: RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  // Polled from here: a string predicate would be evaluated in the page, which its CSP forbids.
  const loading = page.getByRole('status').filter({ hasText: /Cargando|Buscando|Mirando/ });
  await expect.poll(() => loading.count(), { timeout: 20_000 }).toBe(0);
}

const englishOn = async (page: Page) => {
  // What a closed <details> holds is not rendered, so not in innerText: open them all first.
  await page.evaluate("document.querySelectorAll('main details').forEach((d) => { d.open = true; })");
  const text = await page.locator('main').innerText();
  return ENGLISH.filter((s) => text.includes(s));
};

describe('the server’s sentences in Spanish', () => {
  it.each([
    ['anclas', '/anchors', /Anclas/],
    ['archivo', '/anchors/archive', /archivo/i],
    ['exploracion', '/exploration', /.+/],
    ['bucles', '/log/loops', /.+/],
    ['aprendido', '/insights', /.+/],
    ['experimentos', '/experiments', /Experimentos/],
  ])('%s: no English sentence from the server, axe clean at 360 px', async (name, path, title) => {
    const page = await lisa.newPage();
    await open(page, path, title);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await englishOn(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await accessibilityProblems(page, name)).toEqual([]);
    await screenshot(page, `phrases-es-${name}-360`);
    await page.close();
  });

  it('the history tells a stress period’s story in Spanish', async () => {
    const page = await lisa.newPage();
    await open(page, '/history', /historia de entrenamiento/);
    await page
      // The list's line, not the chart's mark: a mark holds every event of its day (the job loss
      // day also has a life event), and opens the first of them.
      .getByRole('button', { name: /Época de estrés Job loss/ })
      .click();
    const story = page.getByRole('region', { name: 'Job loss' });
    await story.getByText(/Una época de estrés: Job loss, \d+ (meses|semanas)/).waitFor();
    expect(await englishOn(page)).toEqual([]);
    expect(await accessibilityProblems(page, 'historial')).toEqual([]);
    await screenshot(page, 'phrases-es-historial-360');
    await page.close();
  });

  it('the bottom navigation’s Spanish labels each fit on one line at 360 px', async () => {
    const page = await lisa.newPage();
    await open(page, '/log', /.+/);
    // Lines each label's text takes ("Registr/o" broken inside the word is two).
    const lines = await page.evaluate(`[...document.querySelectorAll('nav.nav a')].map((a) => {
      const text = [...a.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim());
      const range = document.createRange();
      range.selectNodeContents(text);
      return [text.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
    })`);
    expect((lines as [string, number][]).length).toBeGreaterThanOrEqual(5);
    expect((lines as [string, number][]).filter(([, n]) => n !== 1)).toEqual([]);
    await page.close();
  });
});
