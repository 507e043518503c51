import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Reminders in the browser: the settings a person chooses, and what the service worker shows when
 * a push arrives (delivered through the DevTools protocol, since a test has no browser push
 * service to subscribe with): a notification worded in the app's language, without a private word.
 */
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Delivers a push message to the page's service worker and returns the notifications it shows. */
async function deliverPush(page: Page, payload: unknown): Promise<Array<{ title: string; body: string }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const registrations: Array<{ registrationId: string; scopeURL: string }> = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e: { registrations: typeof registrations }) => {
    registrations.push(...e.registrations);
  });
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  for (let i = 0; i < 50 && registrations.length === 0; i++) await page.waitForTimeout(100);
  const origin = new URL(page.url()).origin;
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin,
    registrationId: registrations[0]!.registrationId,
    data: JSON.stringify(payload),
  });
  for (let i = 0; i < 50; i++) {
    const shown = await page.evaluate<Array<{ title: string; body: string }>>(
      `navigator.serviceWorker.ready.then((r) => r.getNotifications()).then((ns) => ns.map((n) => ({ title: n.title, body: n.body })))`,
    );
    if (shown.length > 0) return shown;
    await page.waitForTimeout(100);
  }
  return [];
}

describe('reminders', () => {
  it('saves the chosen reminders, and a push shows a notification in the app’s language', async () => {
    const context = await newContext(browser, server.url);
    await context.grantPermissions(['notifications'], { origin: server.url });
    const seed = new Seeder(context.request);
    await seed.signup('rosa@example.test', 'correct horse battery');
    await seed.createCouple('Rosa');
    await seed.entry({
      kind: 'note',
      date: '2026-11-30',
      text: 'CANARY-PRIVATE-NOTE',
      visibility: 'private',
    });
    const page = await context.newPage();
    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'Reminders' });
    await section.getByText('No device of yours receives reminders yet.').waitFor();
    await section.getByRole('button', { name: 'Allow reminders on this device' }).waitFor();

    await section.getByRole('checkbox', { name: /Remind me of my check-in/ }).check();
    await section.getByLabel('Check-in reminder time').fill('20:45');
    await section.getByRole('checkbox', { name: /Quiet hours/ }).check();
    await section.getByRole('button', { name: 'Save reminders' }).click();
    await section.getByText('Saved. Reminders follow your time zone.').waitFor();
    const saved = await seed.call<{ settings: Record<string, unknown> }>('GET', '/api/reminders');
    expect(saved.settings).toMatchObject({ checkinTime: '20:45', quietFrom: '22:30', quietTo: '07:00' });
    expect(await accessibilityProblems(page, 'reminders')).toEqual([]);
    await screenshot(page, 'reminders-settings');

    // Spanish in the app: the service worker words the reminder in Spanish too.
    await page.getByLabel('Language of the app').selectOption('es');
    await page.getByRole('region', { name: 'Recordatorios' }).waitFor();
    const shown = await deliverPush(page, { kind: 'checkin', url: '/checkin' });
    expect(shown).toEqual([
      { title: 'Hora de tu registro diario', body: 'Treinta segundos: ¿qué tal hoy entre vosotros?' },
    ]);
    expect(JSON.stringify(shown)).not.toContain('CANARY');
    await context.close();
  });
});
