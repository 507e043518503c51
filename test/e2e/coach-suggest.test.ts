import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * A coach the couple admitted (habits and exploration) suggests a habit on the couple's page;
 * Michael accepts it and it is their habit; the coach then suggests an idea, which Lisa declines
 * with a reason the coach reads. Under axe at 360 px, the couple's side in dark too.
 */
const PASSWORD = 'correct horse battery';
const ZONE = 'Europe/Berlin';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let lisa: Page;
let michael: Page;
let coach: Page;
let coupleId = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const [l, m, c] = await Promise.all([
    newContext(browser, server.url, { timezoneId: ZONE }),
    newContext(browser, server.url, { timezoneId: ZONE, colorScheme: 'dark' }),
    newContext(browser, server.url, { timezoneId: ZONE }),
  ]);
  contexts.push(l!, m!, c!);
  const [lisaApi, michaelApi, coachApi] = [l!, m!, c!].map((x) => new Seeder(x.request));
  await lisaApi!.signup('lisa@example.test', PASSWORD);
  coupleId = ((await lisaApi!.createCouple('Lisa', ZONE)) as { id: string }).id;
  await michaelApi!.signup('michael@example.test', PASSWORD);
  await michaelApi!.join((await lisaApi!.invite()).code, 'Michael', ZONE);
  await coachApi!.signup('rivera@example.test', PASSWORD);
  await coachApi!.call('POST', '/api/coach/profile', { displayName: 'Dr Rivera' });
  const areas = ['habits', 'exploration'];
  const link = await lisaApi!.call<{ linkId: string; code: string }>('POST', '/api/coach-links', { areas });
  await coachApi!.call('POST', '/api/coach/join', { code: link.code });
  await michaelApi!.call('POST', `/api/coach-links/${link.linkId}/consent`, { areas });
  [lisa, michael, coach] = await Promise.all([l!.newPage(), m!.newPage(), c!.newPage()]);
});

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  const name = context.task.name.replace(/\W+/g, '-').slice(0, 40);
  await Promise.all([lisa, michael, coach].map((p, i) => screenshot(p, `failed-${name}-${i}`)));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const suggestForm = (page: Page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: 'Suggest something' }) });

describe('a coach suggests, the couple decides', () => {
  it('the coach suggests a habit; Michael accepts it and it is theirs', async () => {
    await coach.goto(`/coach/couples/${coupleId}`);
    const section = suggestForm(coach);
    await section.getByText('No suggestions yet.').waitFor();
    // Only the consented kinds are offered.
    const kinds = await section.getByLabel('What to suggest').locator('option').allTextContents();
    expect(kinds).toEqual(['A habit', 'An idea to explore']);
    await section.getByLabel('When (the cue)').fill('After dinner');
    await section.getByLabel('The tiny action').fill('We each name one thing we appreciated');
    await section.getByLabel('Why (optional; the couple sees it)').fill('Small and daily sticks');
    await section.getByRole('button', { name: 'Send suggestion' }).click();
    await section.getByText('Suggested. The couple sees it now.').waitFor();
    await section.getByText('Waiting for them').waitFor();
    expect(await accessibilityProblems(coach, 'coach suggest')).toEqual([]);
    await screenshot(coach, 'coach-suggest-sent');

    // The log, where the couple looks every day, says something waits, and leads there.
    await michael.goto('/');
    await michael.getByText('Your coach suggested something for you to decide.').waitFor();
    expect(await accessibilityProblems(michael, 'log with the suggestions banner, dark')).toEqual([]);
    await michael.getByRole('link', { name: 'See suggestions' }).click();
    const card = michael
      .locator('section')
      .filter({ has: michael.getByRole('heading', { name: 'Suggestions from your coach' }) });
    await card.getByText('Habit: After dinner, We each name one thing we appreciated').waitFor();
    await card.getByText('From Dr Rivera').waitFor();
    expect(await accessibilityProblems(michael, 'open suggestions, dark')).toEqual([]);
    await screenshot(michael, 'coach-suggestions-open-dark');
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByText('Accepted: it is yours now, in its own screen.').waitFor();
    await card.getByText('Nothing waiting.', { exact: false }).waitFor();
    expect(await michael.evaluate('document.activeElement?.textContent')).toBe('Suggestions from your coach');
    await michael.goto('/habits');
    await michael.getByText('We each name one thing we appreciated').first().waitFor();
  });

  it('Lisa declines an idea with a reason; the coach reads it', async () => {
    const section = suggestForm(coach);
    await section.getByLabel('What to suggest').selectOption('idea');
    await section.getByLabel('The idea').fill('Cook a dish from your childhood');
    await section.getByRole('button', { name: 'Send suggestion' }).click();
    await section.getByText('Idea: Cook a dish from your childhood').waitFor();

    await lisa.goto('/coach-links');
    await lisa.getByText('Idea: Cook a dish from your childhood').waitFor();
    await lisa.getByRole('button', { name: 'Decline' }).click();
    const dialog = lisa.getByRole('dialog', { name: 'Decline this suggestion?' });
    await dialog.getByLabel('Reason (optional)').fill('We did that last month');
    expect(await accessibilityProblems(lisa, 'decline dialog')).toEqual([]);
    await screenshot(lisa, 'coach-suggestion-decline');
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await lisa.getByText('Declined. Your coach sees that', { exact: false }).waitFor();

    await coach.reload();
    await suggestForm(coach).getByText('Their reason: We did that last month').waitFor();
    await suggestForm(coach).getByText('Accepted').waitFor();
    await screenshot(coach, 'coach-suggest-decided');
  });

  it('the coach’s page reads in Spanish and dark too', async () => {
    const context = await newContext(browser, server.url, { locale: 'es-ES', colorScheme: 'dark' });
    contexts.push(context);
    await new Seeder(context.request).login('rivera@example.test', PASSWORD);
    const page = await context.newPage();
    await page.goto(`/coach/couples/${coupleId}`);
    await page.getByRole('heading', { name: 'Sugerir algo' }).waitFor();
    await page.getByText('Su motivo: We did that last month').waitFor();
    expect(await accessibilityProblems(page, 'coach suggest, es dark')).toEqual([]);
    await screenshot(page, 'coach-suggest-es-dark');
  });
});
