import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuthPage } from './pages/auth-page.ts';
import { InvitePage } from './pages/invite-page.ts';
import { LogPage } from './pages/log-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { SetupPage } from './pages/setup-page.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { ResponseRecorder } from './support/recorder.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Lisa and Michael, from sign-up to a shared log, in two browser contexts against one real
 * server. Steps run in order and build on each other. Michael's browser records every response
 * it receives from the start, and Lisa's private entry carries a canary that must never appear
 * in any of them.
 */
const PASSWORD = 'correct horse battery';
const CANARY = `canary-${randomBytes(8).toString('hex')}`;
const LISA_ZONE = 'Europe/Berlin';
const MICHAEL_ZONE = 'America/New_York';

let server: TestServer;
let browser: Browser;
let lisaContext: BrowserContext;
let michaelContext: BrowserContext;
let lisa: Page;
let michael: Page;
let michaelSaw: ResponseRecorder;
let lisaSaw: ResponseRecorder;
let inviteLink = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  lisaContext = await newContext(browser, server.url, { timezoneId: LISA_ZONE });
  michaelContext = await newContext(browser, server.url, { timezoneId: MICHAEL_ZONE });
  lisaSaw = new ResponseRecorder(lisaContext);
  michaelSaw = new ResponseRecorder(michaelContext);
  lisa = await lisaContext.newPage();
  michael = await michaelContext.newPage();
});

// A failed step leaves both screens in .tmp/screenshots to look at.
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  const name = context.task.name.replace(/\W+/g, '-').slice(0, 40);
  await Promise.all([screenshot(lisa, `failed-${name}-lisa`), screenshot(michael, `failed-${name}-michael`)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a couple from sign-up to a shared training log', () => {
  it('Lisa signs up, creates the couple space and gets an invite link', async () => {
    await lisa.goto('/');
    await new AuthPage(lisa).signUp('lisa@example.test', PASSWORD);
    const setup = new SetupPage(lisa);
    await setup.heading.waitFor();
    // The time zone is prefilled from the device.
    expect(await setup.createForm.getByLabel('Time zone').inputValue()).toBe(LISA_ZONE);
    await setup.createSpace('Lisa');
    const invite = new InvitePage(lisa);
    await invite.heading.waitFor();
    inviteLink = await invite.linkValue();
    expect(inviteLink).toMatch(new RegExp(`^${server.url}/join/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$`));
    await lisa.getByText(/^Valid until/).waitFor();
  });

  it('Michael opens the link, signs up and joins with the code filled in', async () => {
    await michael.goto(inviteLink);
    await michael.getByText('Your partner invited you.', { exact: false }).waitFor();
    await new AuthPage(michael).signUp('michael@example.test', PASSWORD);
    const setup = new SetupPage(michael);
    await setup.heading.waitFor();
    const code = inviteLink.split('/join/')[1]!;
    expect(await setup.joinForm.getByLabel('Invite code').inputValue()).toBe(code);
    await setup.join('Michael');
    const log = new LogPage(michael);
    await log.heading.waitFor();
    await michael.getByRole('heading', { name: 'Your log is empty' }).waitFor();
  });

  it('both write entries and see each other’s shared ones', async () => {
    const lisaLog = new LogPage(lisa);
    await lisa.goto('/');
    await lisaLog.heading.waitFor();
    await lisaLog.add({
      kind: 'Conflict',
      text: 'We argued about the dishes again',
      domains: ['Logistics'],
      intensity: 3,
      visibility: 'shared',
    });
    const michaelLog = new LogPage(michael);
    await michaelLog.add({
      kind: 'Appreciation',
      text: 'Thank you for the coffee this morning',
      domains: ['Communication'],
      visibility: 'shared',
    });
    await michaelLog.add({
      kind: 'Promise',
      text: 'I will do the dishes every evening this week',
      promiseDue: todayIn(MICHAEL_ZONE, 6),
      visibility: 'shared',
    });
    await michael.reload();
    const conflict = michaelLog.entry('We argued about the dishes again');
    await conflict.waitFor();
    await conflict.getByText('by Lisa', { exact: true }).waitFor();
    await conflict.getByText('Intensity 3 of 5').waitFor();
    await conflict.getByText('Logistics').waitFor();
    await lisa.reload();
    await lisaLog
      .entry('Thank you for the coffee this morning')
      .getByText('by Michael', { exact: true })
      .waitFor();
  });

  it('Lisa writes a private entry that only she sees', async () => {
    const log = new LogPage(lisa);
    await log.add({ kind: 'Note', text: `Private thought ${CANARY}`, visibility: 'private' });
    await log.entry(CANARY).getByText('Only you see this').waitFor();
    await log.add({
      kind: 'Repair',
      text: 'We talked it through and made a rota',
      repairOf: 'We argued about the dishes',
      newDomain: 'Chores',
      visibility: 'shared',
    });
    await log
      .entry('made a rota')
      .getByText(/Repairs the conflict of/)
      .waitFor();
    await log.entry('made a rota').getByText('Chores').waitFor();
  });

  it('a promise is marked kept, and both see it', async () => {
    const log = new LogPage(lisa);
    const promise = log.entry('I will do the dishes every evening');
    await promise.getByRole('button', { name: 'Mark kept' }).click();
    await promise.getByRole('button', { name: 'Mark open again' }).waitFor();
    await log.toast().getByText('Promise marked Kept.').waitFor();
    await michael.reload();
    const seen = new LogPage(michael).entry('I will do the dishes every evening');
    await seen.getByText('Kept', { exact: true }).waitFor();
  });

  it('Lisa edits an entry, deletes it, and brings it back with Undo', async () => {
    const log = new LogPage(lisa);
    await log.edit('We argued about the dishes again', {
      text: 'We argued about the dishes, again (edited)',
    });
    await log.entry('(edited)').waitFor();
    // Michael's card has no edit or delete for Lisa's entry.
    await michael.reload();
    const theirs = new LogPage(michael).entry('(edited)');
    await theirs.waitFor();
    expect(await theirs.getByRole('button', { name: /^Delete/ }).count()).toBe(0);

    await log
      .entry('(edited)')
      .getByRole('button', { name: /^Delete/ })
      .click();
    await log.toast().getByText('Entry deleted.').waitFor();
    await log.entry('(edited)').waitFor({ state: 'detached' });
    // The Delete button is gone; focus is on Undo, and the keyboard alone brings the entry back.
    expect(await lisa.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Undo');
    await lisa.keyboard.press('Enter');
    await log.toast().getByText('Entry restored.').waitFor();
    await log.entry('(edited)').waitFor();
  });

  it('filters narrow the log by kind, author, domain and dates', async () => {
    const log = new LogPage(lisa);
    await lisa.reload();
    await log.entry('(edited)').waitFor();
    const filters = await log.openFilters();
    // Each filter: wait until what must go is gone and what must stay is there, then count.
    await filters.getByRole('checkbox', { name: 'Promise' }).check();
    await log.entry('(edited)').waitFor({ state: 'detached' });
    await log.entry('I will do the dishes').waitFor();
    expect(await log.entries.count()).toBe(1);
    await filters.getByRole('checkbox', { name: 'Promise' }).uncheck();
    await log.entry('(edited)').waitFor();

    await filters.getByLabel('Written by').selectOption('partner');
    await log.entry(CANARY).waitFor({ state: 'detached' });
    await log.entry('Thank you for the coffee').waitFor();
    expect(await log.entries.count()).toBe(2);
    await filters.getByLabel('Written by').selectOption('');
    await log.entry(CANARY).waitFor();

    await filters.getByLabel('Domain').selectOption('chores');
    await log.entry('Thank you for the coffee').waitFor({ state: 'detached' });
    await log.entry('made a rota').waitFor();
    expect(await log.entries.count()).toBe(1);
    await filters.getByLabel('Domain').selectOption('');
    await log.entry('Thank you for the coffee').waitFor();

    await filters.getByLabel('From').fill(todayIn(LISA_ZONE, 2));
    await lisa.getByRole('heading', { name: 'No entries match' }).waitFor();
    await lisa.getByRole('button', { name: 'Clear filters' }).first().click();
    await log.entry(CANARY).waitFor();
    expect(await log.entries.count()).toBe(5);
  });

  it('Lisa changes her name, sees her sessions, and logs out and in again', async () => {
    const settings = new SettingsPage(lisa);
    await settings.open();
    const you = settings.section('You');
    await you.getByLabel('Your name').fill('Lisa J.');
    await you.getByRole('button', { name: 'Save' }).click();
    await you.getByText('Saved.').waitFor();
    await settings.section('Where you are logged in').getByText('This device').waitFor();

    const password = settings.section('Change password');
    await password.getByLabel('Current password').fill('not my password');
    await password.getByLabel('New password').fill('a brand new password');
    await password.getByRole('button', { name: 'Change password' }).click();
    await password.getByText('Your current password is not right.').waitFor();
    expect(await password.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');

    await settings.section('Log out').getByRole('button', { name: 'Log out' }).click();
    await lisa.getByRole('region', { name: 'Log in' }).waitFor();
    await new AuthPage(lisa).logIn('lisa@example.test', PASSWORD);
    await new LogPage(lisa).entry(CANARY).waitFor();
    await michael.reload();
    await new LogPage(michael).entry('(edited)').getByText('by Lisa J.', { exact: true }).waitFor();
  });

  it('Michael never received Lisa’s private entry, in any response or header', async () => {
    // Michael looks everywhere he can: each filter, and the entries he may open.
    const log = new LogPage(michael);
    const filters = await log.openFilters();
    await filters.getByLabel('Written by').selectOption('partner');
    await log.entry('(edited)').waitFor();
    await filters.getByRole('checkbox', { name: 'Note' }).check();
    await michael.getByRole('heading', { name: 'No entries match' }).waitFor();

    const all = await michaelSaw.all();
    expect(all.some((r) => r.includes('/api/log'))).toBe(true);
    expect(await michaelSaw.containing(CANARY)).toEqual([]);
    // The recorder does see private entries where they belong: in Lisa's own responses.
    expect((await lisaSaw.containing(CANARY)).length).toBeGreaterThan(0);
  });

  it('deleting an account asks for the password in a danger dialog', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/signup');
    await new AuthPage(page).signUp('sam@example.test', PASSWORD);
    await new SetupPage(page).createSpace('Sam');
    await new InvitePage(page).heading.waitFor();
    const settings = new SettingsPage(page);
    await settings.open();
    await page.getByRole('button', { name: 'Delete account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
    await dialog.getByLabel('Your password').fill('wrong password!');
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    await dialog.getByText('That password is not right.').waitFor();
    await dialog.getByLabel('Your password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Delete account' }).click();
    await page.getByRole('region', { name: 'Log in' }).waitFor();
    await context.close();
  });
});
