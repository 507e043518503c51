import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { addVirtualAuthenticator, launchBrowser, newContext, screenshot } from './support/browser.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Passkeys in Chromium with its virtual authenticator (DevTools' WebAuthn domain): a platform
 * authenticator that verifies the user, as a phone's fingerprint would. WebAuthn needs a site
 * name, not an address, so the app is opened as localhost.
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

describe('passkeys', () => {
  it('adds a passkey in Settings, then logs in with it after logging out', async () => {
    const site = server.url.replace('127.0.0.1', 'localhost');
    const context = await newContext(browser, site);
    const seed = new Seeder(context.request);
    await seed.signup('noor@example.test', 'correct horse battery');
    await seed.createCouple('Noor');
    const page = await context.newPage();
    await addVirtualAuthenticator(context, page);

    await page.goto('/settings');
    const section = page.getByRole('region', { name: 'Passkeys' });
    await section.getByText('No passkeys yet.').waitFor();
    await section.getByLabel('Name of this passkey (optional)').fill('Test phone');
    await section.getByRole('button', { name: 'Add a passkey on this device' }).click();
    await section.getByText('Passkey added. Next time, log in with it.').waitFor();
    await section.getByRole('button', { name: 'Remove Test phone' }).waitFor();
    expect(await accessibilityProblems(page, 'passkeys')).toEqual([]);
    await screenshot(page, 'passkeys-settings');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in with a passkey' }).click();
    // Logged in: the welcome screen's password field is gone.
    await page.getByLabel('Password').waitFor({ state: 'detached' });
    await page.goto('/settings');
    await page.getByRole('region', { name: 'Passkeys' }).getByText('Last used', { exact: false }).waitFor();
    const me = await (await context.request.get('/api/account')).json();
    expect(me.email).toBe('noor@example.test');
    await context.close();
  });
});
