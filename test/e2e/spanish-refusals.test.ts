import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { hasHorizontalScroll, launchBrowser, newContext, screenshot } from './support/browser.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * A refusal a person meets on a screen reads in their language: the server sends its `say`
 * (a phrase code with parameters) beside the English message, and the form words it in Spanish,
 * with the domain's Spanish name and the count's plural form.
 */

let server: TestServer;
let browser: Browser;
let lisa: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  lisa = await newContext(browser, server.url, { locale: 'es-ES' });
  const seed = new Seeder(lisa.request);
  await seed.signup('lisa-refusals@example.com', 'a long enough password 1');
  await seed.createCouple('Lisa');
  // One habit settling in: the default pace is one change at a time in a domain.
  await seed.call('POST', '/api/habits', {
    cue: 'After I pour the morning coffee',
    action: 'I ask Michael how he slept',
    owner: 'me',
    domain: 'communication',
    schedule: { kind: 'daily' },
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a refusal in Spanish', () => {
  it('a second habit in a full domain says why in Spanish, not English, axe clean at 360 px', async () => {
    const page = await lisa.newPage();
    await page.goto('/habits/new');
    await page.getByRole('heading', { level: 1, name: /Un hábito diminuto nuevo/ }).waitFor();
    await page.getByLabel(/Señal/).fill('Después de cenar');
    await page.getByLabel(/Voy a/).fill('Le pregunto qué tal el día');
    await page.getByLabel(/^Ámbito/).selectOption('communication');
    await page.getByRole('button', { name: /Empezar este hábito/ }).click();
    const refusal = page.getByText(/Vuestro ritmo en Comunicación es de 1 cambio a la vez/);
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/«I ask Michael how he slept» todavía se está asentando/);
    expect(await page.locator('main').textContent()).not.toMatch(/Your pace for|still settling in/);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await accessibilityProblems(page, 'refusal-es')).toEqual([]);
    await screenshot(page, 'refusal-es-pace-360');
    await page.close();
  });
});
