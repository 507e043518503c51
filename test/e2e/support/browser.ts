import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';

export const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../.tmp/screenshots');

/** Debian's Chromium, headless, quiet: no background traffic that a test could mistake for ours. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized viewport (360 × 780), the narrowest the app promises to work at. */
export const PHONE = { width: 360, height: 780 } as const;

export async function newContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: PHONE, locale: 'en-US', ...options });
  // Generous: CI machines are shared, and a slow step is not a failure; a missing one is.
  context.setDefaultTimeout(20_000);
  return context;
}

/** Saves a screenshot into .tmp/screenshots (gitignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** True when the page scrolls sideways: content wider than the viewport. */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  // A string runs in the page; the Node-side type check has no DOM types.
  return page.evaluate<boolean>(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth',
  );
}

/** Chromium's virtual authenticator on this page (DevTools protocol): a passkey that verifies its user. */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return cdp;
}
