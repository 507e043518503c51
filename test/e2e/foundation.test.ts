import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * The web app's foundation across screens: the second language (from the browser, and chosen in
 * settings), state kept in the address, and what happens offline.
 */
const PASSWORD = 'correct horse battery';
const SCHEMES = ['light', 'dark'] as const;

let server: TestServer;
let browser: Browser;
/** Lisa with a Spanish browser, per scheme; Lisa with an English one. */
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  for (const scheme of SCHEMES)
    contexts.set(
      `es-${scheme}`,
      await newContext(browser, server.url, { colorScheme: scheme, locale: 'es-ES' }),
    );
  contexts.set('en', await newContext(browser, server.url));
  const lisa = new Seeder(contexts.get('es-light')!.request);
  await lisa.signup('lisa@example.test', PASSWORD);
  await lisa.createCouple('Lisa');
  const today = todayIn('Europe/Berlin');
  await lisa.entry({
    kind: 'promise',
    date: today,
    text: 'Planear la cena del viernes.',
    visibility: 'shared',
  });
  await lisa.entry({ kind: 'note', date: today, text: 'Una semana cansada.', visibility: 'private' });
  await lisa.entry({
    kind: 'conflict',
    date: today,
    text: 'Discutimos por los platos.',
    visibility: 'shared',
  });
  await lisa.call('POST', '/api/habits', {
    cue: 'Después del café',
    action: 'pregunto cómo dormiste',
    reward: '',
    owner: 'me',
    domain: 'communication',
    schedule: { kind: 'times', times: 3, days: 7 },
    target: { kind: 'at_least', value: 1.5, unit: 'minutos' },
  });
  await new Seeder(contexts.get('es-dark')!.request).login('lisa@example.test', PASSWORD);
  await new Seeder(contexts.get('en')!.request).login('lisa@example.test', PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in Spanish', () => {
  it('the app speaks the browser’s language, with real plurals and Spanish numbers', async () => {
    const page = await contexts.get('es-light')!.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Registro' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('status').filter({ hasText: 'mostradas' }).textContent()).toBe(
      '3 entradas mostradas.',
    );
    await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Hábitos' }).click();
    // Described by the web app from the habit's parts, with a decimal comma.
    await page.getByText('Objetivo: al menos 1,5 minutos en 7 días').waitFor();
    await page.getByText('3 veces en 7 días').first().waitFor();
    await screenshot(page, 'es-habits');
    await page.close();
  });

  const screens: Array<{ path: string; title: string }> = [
    { path: '/', title: 'Registro' },
    { path: '/log/new', title: 'Nueva entrada' },
    { path: '/checkin', title: 'Check-in' },
    { path: '/checkin/week', title: 'Esta semana' },
    { path: '/checkin/metrics', title: 'Nuestras medidas' },
    { path: '/checkin/csi4', title: 'Preguntas mensuales' },
    { path: '/habits', title: 'Hábitos' },
    { path: '/habits/new', title: 'Un hábito diminuto nuevo' },
    { path: '/rituals', title: 'Rituales' },
    { path: '/rituals/week', title: 'Logros de la semana' },
    { path: '/rituals/month', title: 'Revisión del mes' },
    { path: '/rewards', title: 'Auditoría de recompensas' },
    { path: '/pace', title: 'Ritmo' },
    { path: '/more', title: 'Más' },
    { path: '/settings', title: 'Ajustes' },
  ];
  // One test per screen (each axe pass takes seconds), both schemes in each.
  for (const screen of screens) {
    it(`${screen.path} is accessible and fits 360 px, light and dark`, async () => {
      const problems: string[] = [];
      for (const scheme of SCHEMES) {
        const page = await contexts.get(`es-${scheme}`)!.newPage();
        await page.goto(screen.path);
        await page.getByRole('heading', { level: 1, name: screen.title, exact: true }).waitFor();
        // The screen's content, not only its title: every loading line is gone (a screen of
        // sections, like the settings, has one per section).
        // (Polled from here: a string predicate would be evaluated in the page, which its CSP forbids.)
        const loading = page.getByRole('status').filter({ hasText: /Cargando/ });
        await expect.poll(() => loading.count(), { timeout: 20_000 }).toBe(0);
        problems.push(...(await accessibilityProblems(page, scheme)));
        await screenshot(page, `es${screen.path.replaceAll('/', '-').replace(/^-$/, '-log')}-${scheme}`);
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('the language chosen in settings', () => {
  it('changes the app at once and is remembered on the device', async () => {
    const page = await contexts.get('en')!.newPage();
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByLabel('Language of the app').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    await page.getByLabel('Idioma de la aplicación').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.close();
  });
});

describe('state in the address', () => {
  it('log filters survive an edit and a reload', async () => {
    const page: Page = await contexts.get('en')!.newPage();
    await page.goto('/?kind=promise');
    await page.getByText('Planear la cena del viernes.').waitFor();
    await page.getByText('Discutimos por los platos.').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Edit Promise' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit entry' }).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Training log' }).waitFor();
    expect(new URL(page.url()).search).toBe('?kind=promise');
    await page.reload();
    await page.getByText('Planear la cena del viernes.').waitFor();
    expect(await page.getByText('Discutimos por los platos.').count()).toBe(0);
    await page.close();
  });
});

describe('offline', () => {
  it('a change made offline says it is waiting, and goes out when the connection is back', async () => {
    const context = contexts.get('en')!;
    const page = await context.newPage();
    await page.goto('/');
    const promise = page.getByRole('article').filter({ hasText: 'Planear la cena del viernes.' });
    await promise.getByRole('button', { name: 'Mark kept' }).waitFor();
    await context.setOffline(true);
    await promise.getByRole('button', { name: 'Mark kept' }).click();
    // The tap shows at once (optimistic), and the banner says why nothing is confirmed yet.
    await promise.getByText('Kept', { exact: true }).waitFor();
    await page.getByText('One change is waiting').waitFor();
    await context.setOffline(false);
    await page.getByText('One change is waiting').waitFor({ state: 'detached' });
    await page.getByText('Promise marked Kept.').waitFor();
    // The tapped button gave way to "Mark open again"; focus went to it, not to the page's top.
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
      .toBe('Mark open again');
    await page.close();
  });
});
