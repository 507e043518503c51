import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Lisa brings her notebook in through the web app (preview first, then one import), and takes
 * a copy of her data out again from Settings.
 */
const PASSWORD = 'correct horse battery';
const NOTEBOOK = [
  '## 2023',
  '### April 12, 2023',
  '- Fight about the dishes again (3/5) #logistics',
  '- Made up after dinner 💛',
  '- Promised to call his mum by April 20 (kept)',
  '',
  '05/04/2023 - Thanks: he cooked lasagne 🍝',
  '',
].join('\n');

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  context = await newContext(browser, server.url, { acceptDownloads: true });
  const lisa = new Seeder(context.request);
  await lisa.signup('lisa@example.test', PASSWORD);
  await lisa.createCouple('Lisa');
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('import and export in the web app', () => {
  it('previews a notebook, asks how dates are written, and imports it once', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Import' }).click();
    await page
      .getByLabel('Choose a file')
      .setInputFiles({ name: 'notebook.md', mimeType: 'text/markdown', buffer: Buffer.from(NOTEBOOK) });
    await page.getByRole('heading', { name: 'What we found' }).waitFor();
    // 05/04/2023 could be either: the file never says, so the preview asks.
    await page.getByText('Which do you write?').waitFor();
    await page.getByLabel('Day first (4 May 2023)').check();
    const go = page.getByRole('button', { name: 'Import 4 entries' });
    await go.waitFor();
    await page.getByLabel('Only me — I can share single entries later').isChecked();
    await screenshot(page, 'import-ready');
    await go.click();
    await page.getByText('Imported 4 entries.').waitFor();

    await page.getByRole('link', { name: 'See your log' }).click();
    await page.getByText('he cooked lasagne 🍝').waitFor();
    expect(await page.getByText('Only you see this').count()).toBe(4);

    // The same file again adds nothing twice.
    await page.goto('/log/import');
    await page
      .getByLabel('Choose a file')
      .setInputFiles({ name: 'notebook.md', mimeType: 'text/markdown', buffer: Buffer.from(NOTEBOOK) });
    await page.getByLabel('Day first (4 May 2023)').check();
    await page.getByRole('button', { name: 'Import 4 entries' }).click();
    await page.getByText('Imported 0 entries.').waitFor();
    await page.getByText('4 were already in your log').waitFor();
  });

  it('shows each problem with its line number and imports nothing', async () => {
    await page.goto('/log/import');
    await page.getByLabel('Choose a file').setInputFiles({
      name: 'bad.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('2023-02-30\nFight about nothing\n'),
    });
    await page.getByRole('alert').getByText('Line 1').waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ entries$/ }).count()).toBe(0);
  });

  it('downloads my data as JSON from Settings', async () => {
    await page.goto('/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data (JSON)' }).click(),
    ]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.format).toBe('attune-personal-export');
    expect(data.tables.log.map((e: { text: string }) => e.text)).toContain('he cooked lasagne 🍝');
  });
});
