import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './support/browser.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * The installable app: a manifest with icons, a service worker that caches the shell so the app
 * starts offline, and never a byte of /api in any cache.
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

describe('the app is installable and starts offline', () => {
  it('links a manifest whose icons exist', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await context.request.get(href!)).json();
    expect(manifest.name).toBe('attune');
    for (const icon of manifest.icons as Array<{ src: string }>) {
      expect((await context.request.get(icon.src)).status(), icon.src).toBe(200);
    }
    await context.close();
  });

  it('loads the formatters’ warm-up script before the app, as JavaScript the CSP allows', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /intl-warmup|Content Security Policy/.test(m.text()))
        problems.push(m.text());
    });
    await page.goto('/');
    await page.waitForLoadState('load');
    // Deferred, and before the app's module in the document, so it runs first.
    const scripts = await page
      .locator('head script')
      .evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    expect(scripts[0]).toBe('/intl-warmup.js');
    expect(scripts.some((src) => src?.startsWith('/assets/'))).toBe(true);
    const response = await context.request.get('/intl-warmup.js');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('caches the shell, never /api, and shows the app (not a browser error) offline', async () => {
    const context = await newContext(browser, server.url);
    await new Seeder(context.request).signup('lisa@example.test', 'correct horse battery');
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Set up your couple space' }).waitFor();
    // Strings run in the page (the Node-side type check has no DOM types).
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    const cached = await page.evaluate<string[]>(`(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    })()`);
    expect(cached).toContain('/index.html');
    expect(cached.some((u) => u.startsWith('/assets/'))).toBe(true);
    expect(cached.filter((u) => u.startsWith('/api'))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await page.getByText('We could not reach attune.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up your couple space' }).waitFor();
    await context.close();
  });
});
