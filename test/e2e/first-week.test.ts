import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/storage/ids.ts';
import { AuthPage } from './pages/auth-page.ts';
import { CheckinPage } from './pages/checkin-page.ts';
import { EntryForm } from './pages/entry-form.ts';
import { InvitePage } from './pages/invite-page.ts';
import { LogPage } from './pages/log-page.ts';
import { SetupPage } from './pages/setup-page.ts';
import { accessibilityProblems } from './support/accessibility.ts';
import { addVirtualAuthenticator, launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * A new couple's first week (issue 19), compressed into one run. The app's today is the week's
 * seventh day: what Noa and Sam do in the browser happens today, and what they did on the six
 * days before is written with those days' dates — through the API where it takes them (log
 * entries on any day, check-ins up to three days back) and, for check-ins older than that edit
 * window, into the database as the API would have stored them on the day. Noa uses the app in
 * light, Sam in dark; every screen they visit is checked by axe at 360 px in both schemes.
 * Steps run in order and build on each other.
 */
const PASSWORD = 'correct horse battery';
const ZONE = 'Europe/Berlin';
/** Day n of the week (1–7), as a local date; day 7 is today. */
const day = (n: number) => todayIn(ZONE, n - 7);

let server: TestServer;
let browser: Browser;
let noaContext: BrowserContext;
let samContext: BrowserContext;
let noa: Page;
let sam: Page;
let noaApi: Seeder;
let samApi: Seeder;
let inviteLink = '';
const axeProblems: string[] = [];
/** Each step takes 10–35 s here; a machine shared with other jobs can take twice that. */
const SLOW = 90_000;

type Checkin = Record<'satisfaction' | 'energy' | 'connection' | 'conflicts' | 'positives', number | null>;
type Entry = { id: string; kind: string; text: string; repairOf: string | null; visibility: string };
const entries = async (who: Seeder, q = '') =>
  (await who.call<{ entries: Entry[] }>('GET', `/api/log${q}`)).entries;

/** Axe on the page as it is, in its own colour scheme and then in the other one. */
async function axeBothSchemes(page: Page, screen: string, own: 'light' | 'dark'): Promise<void> {
  const other = own === 'light' ? 'dark' : 'light';
  axeProblems.push(...(await accessibilityProblems(page, `${screen}, ${own}`)));
  await page.emulateMedia({ colorScheme: other });
  axeProblems.push(...(await accessibilityProblems(page, `${screen}, ${other}`)));
  await page.emulateMedia({ colorScheme: own });
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  // WebAuthn (the passkey step) needs a site name, not an address.
  const site = server.url.replace('127.0.0.1', 'localhost');
  noaContext = await newContext(browser, site, { timezoneId: ZONE, colorScheme: 'light' });
  samContext = await newContext(browser, site, { timezoneId: ZONE, colorScheme: 'dark' });
  noaApi = new Seeder(noaContext.request);
  samApi = new Seeder(samContext.request);
  noa = await noaContext.newPage();
  sam = await samContext.newPage();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  const name = ctx.task.name.replace(/\W+/g, '-').slice(0, 40);
  await Promise.all([screenshot(noa, `failed-week-${name}-noa`), screenshot(sam, `failed-week-${name}-sam`)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a new couple’s first week', () => {
  it(
    'sign-up, an invitation, and Sam joining',
    async () => {
      await noa.goto('/');
      await new AuthPage(noa).signUp('noa@example.test', PASSWORD);
      const setup = new SetupPage(noa);
      await setup.heading.waitFor();
      await setup.createSpace('Noa');
      const invite = new InvitePage(noa);
      await invite.heading.waitFor();
      inviteLink = await invite.linkValue();
      await axeBothSchemes(noa, 'invite', 'light');

      await sam.goto(inviteLink);
      await new AuthPage(sam).signUp('sam@example.test', PASSWORD);
      await new SetupPage(sam).join('Sam');
      // Sam lands on the log with a welcome, not on an empty page.
      const samSteps = sam.getByRole('region', { name: 'Welcome to attune' });
      await samSteps.getByText(/notice what works between you/).waitFor();
      await axeBothSchemes(sam, 'log with first steps', 'dark');
      // Noa's invitation screen notices without a reload.
      await noa.getByText('Sam has joined. You are both here.').waitFor();
      expect(axeProblems).toEqual([]);
    },
    SLOW,
  );

  it(
    'each partner’s first run: Sam’s first appreciation, Noa’s first check-in',
    async () => {
      const samSteps = sam.getByRole('region', { name: 'Welcome to attune' });
      // Sam's first appreciation, from the first-run path.
      await samSteps.getByRole('link', { name: /first appreciation/ }).click();
      expect(await sam.getByRole('radio', { name: 'Appreciation', exact: true }).isChecked()).toBe(true);
      await axeBothSchemes(sam, 'new entry', 'dark');
      await sam.getByLabel('In your words').fill('Thank you for making the soup when I was tired');
      await new EntryForm(sam).save();
      await samSteps.getByText('First appreciation written').waitFor();

      // Noa's first check-in, from hers: she answers two questions, and only those are stored.
      await noa.goto('/');
      const noaSteps = noa.getByRole('region', { name: 'Welcome to attune' });
      await noaSteps.getByRole('link', { name: /first check-in/ }).click();
      const checkin = new CheckinPage(noa);
      await checkin.heading.waitFor();
      await noa.getByText('not answered').first().waitFor();
      await axeBothSchemes(noa, 'check-in', 'light');
      await noa.getByRole('slider', { name: /Satisfaction/ }).fill('8');
      await checkin.more('Positive moments');
      await checkin.save();
      await axeBothSchemes(noa, 'check-in done', 'light');
      const today = await noaApi.call<{ checkin: Checkin }>('GET', `/api/checkins/day/${day(7)}`);
      expect(today.checkin).toMatchObject({
        satisfaction: 8,
        positives: 1,
        energy: null,
        connection: null,
        conflicts: null,
      });
      expect(axeProblems).toEqual([]);
    },
    SLOW,
  );

  it(
    'the days before: check-ins with gaps, a conflict and its repair, an appreciation, a search',
    async () => {
      const [noaMe, samMe] = await Promise.all([
        noaApi.call<{ id: string; couple: { id: string } }>('GET', '/api/account'),
        samApi.call<{ id: string }>('GET', '/api/account'),
      ]);
      // Days 1–3: older than the three days a check-in stays editable, so written as on the day.
      const now = new Date().toISOString();
      const stored = (author: string, n: number, c: Checkin) => ({
        couple_id: noaMe.couple.id,
        id: newId(),
        author_id: author,
        date: day(n),
        ...c,
        metrics: '{}',
        visibility: 'shared' as const,
        note: null,
        note_visibility: 'shared' as const,
        created_at: now,
        updated_at: now,
      });
      const full = (s: number, p: number, k: number): Checkin => ({
        satisfaction: s,
        energy: 6,
        connection: s - 1,
        conflicts: k,
        positives: p,
      });
      await server.store.db
        .insertInto('checkins')
        .values([
          stored(noaMe.id, 1, full(6, 2, 1)),
          stored(noaMe.id, 2, full(7, 3, 0)),
          stored(noaMe.id, 3, full(7, 4, 0)),
          stored(samMe.id, 1, full(5, 2, 1)),
          // Sam skips day 2 altogether, and leaves energy unanswered on day 3.
          stored(samMe.id, 3, { ...full(6, 3, 0), energy: null }),
        ])
        .execute();
      // Days 4–6 through the API, with the questions each left out stored as missing.
      for (const n of [4, 5, 6]) {
        await noaApi.call('POST', '/api/checkins', {
          date: day(n),
          satisfaction: 7,
          conflicts: 0,
          positives: 3,
        });
        await samApi.call('POST', '/api/checkins', {
          date: day(n),
          satisfaction: 6,
          energy: 5,
          positives: 2,
        });
      }
      const samDay5 = await samApi.call<{ checkin: Checkin }>('GET', `/api/checkins/day/${day(5)}`);
      expect(samDay5.checkin).toMatchObject({ connection: null, conflicts: null, positives: 2 });
      await noaApi.entry({
        kind: 'appreciation',
        date: day(3),
        text: 'Thanks for the walk by the river',
        visibility: 'shared',
      });

      // Day 6: Noa logs a conflict afterwards, dated the day it happened; shared is the default.
      const log = new LogPage(noa);
      await noa.goto('/');
      await log.heading.waitFor();
      await log.add({
        kind: 'Conflict',
        date: day(6),
        text: 'We argued about the dishes again',
        intensity: 3,
      });
      const conflict = (await entries(noaApi, '?kind=conflict'))[0]!;
      expect(conflict.visibility).toBe('shared');

      // Day 7: Sam writes the repair; it starts linked to that conflict.
      await sam.goto('/log/new');
      await sam.getByRole('radio', { name: 'Repair', exact: true }).check();
      await expect
        .poll(() => sam.getByLabel('Which conflict did this repair?').inputValue())
        .toBe(conflict.id);
      await axeBothSchemes(sam, 'new repair', 'dark');
      await sam.getByLabel('In your words').fill('We made a rota for the dishes and laughed about it');
      await new EntryForm(sam).save();
      await new LogPage(sam)
        .entry('made a rota')
        .getByText(/Repairs the conflict of/)
        .waitFor();
      expect((await entries(samApi, '?kind=repair'))[0]!.repairOf).toBe(conflict.id);

      // Sam checks in for today through the app, answering only the counts.
      const checkin = new CheckinPage(sam);
      await checkin.open();
      await checkin.more('Conflicts');
      await checkin.more('Positive moments');
      await checkin.save();
      const samToday = await samApi.call<{ checkin: Checkin }>('GET', `/api/checkins/day/${day(7)}`);
      expect(samToday.checkin).toMatchObject({ satisfaction: null, energy: null, connection: null });

      // Noa searches the log.
      await noa.goto('/');
      await noa.getByRole('searchbox', { name: 'Search the log' }).fill('dishes');
      await noa.getByRole('button', { name: 'Search', exact: true }).click();
      await log.entry('We argued about the dishes').waitFor();
      await log.entry('made a rota').waitFor();
      expect(await log.entries.count()).toBe(2);
      await axeBothSchemes(noa, 'log search', 'light');
      expect(axeProblems).toEqual([]);
    },
    SLOW,
  );

  it(
    'rituals moved and added, a reminder, a passkey',
    async () => {
      // Noa moves the weekly review to Saturday morning and adds a ritual of their own.
      await noa.goto('/rituals');
      const card = (title: string) =>
        noa.getByRole('listitem').filter({ has: noa.getByRole('heading', { name: title }) });
      const wins = card('Weekly wins review');
      await wins.getByRole('button', { name: 'Change time or switch off' }).click();
      await wins.getByLabel('On', { exact: true }).selectOption({ label: 'Saturday' });
      await wins.getByLabel('At', { exact: true }).fill('10:30');
      await wins.getByRole('button', { name: 'Save' }).click();
      await wins.getByText('Weekly on Saturday at 10:30').waitFor();
      await noa.getByRole('button', { name: 'Add a ritual' }).click();
      const form = noa.getByRole('region', { name: 'Add a ritual' });
      await form.getByLabel('Name', { exact: true }).fill('Sunday walk');
      await form.getByLabel('At', { exact: true }).fill('16:00');
      await form.getByRole('button', { name: 'Add ritual' }).click();
      await card('Sunday walk').getByText('Weekly on Sunday at 16:00').waitFor();
      await axeBothSchemes(noa, 'rituals', 'light');

      // Sam asks for a check-in reminder in the evening.
      await sam.goto('/settings');
      const reminders = sam.getByRole('region', { name: 'Reminders' });
      await reminders.getByRole('button', { name: 'Allow reminders on this device' }).waitFor();
      await reminders.getByRole('checkbox', { name: /Remind me of my check-in/ }).check();
      await reminders.getByLabel('Check-in reminder time').fill('21:00');
      await reminders.getByRole('button', { name: 'Save reminders' }).click();
      await reminders.getByText('Saved. Reminders follow your time zone.').waitFor();
      const saved = await samApi.call<{ settings: { checkinTime: string | null } }>('GET', '/api/reminders');
      expect(saved.settings.checkinTime).toBe('21:00');
      await axeBothSchemes(sam, 'settings', 'dark');

      // Noa adds a passkey (Chromium's virtual authenticator stands in for her phone's lock).
      await addVirtualAuthenticator(noaContext, noa);
      await noa.goto('/settings');
      const passkeys = noa.getByRole('region', { name: 'Passkeys' });
      await passkeys.getByLabel('Name of this passkey (optional)').fill('Noa’s phone');
      await passkeys.getByRole('button', { name: 'Add a passkey on this device' }).click();
      await passkeys.getByText('Passkey added. Next time, log in with it.').waitFor();
      expect(
        (await noaApi.call<{ passkeys: unknown[] }>('GET', '/api/account/passkeys')).passkeys,
      ).toHaveLength(1);

      expect(axeProblems).toEqual([]);
    },
    SLOW,
  );

  it(
    'the week in review',
    async () => {
      // The week in review: every check-in day of Noa's, both appreciations, the gap left a gap.
      await noa.goto('/rituals');
      await noa.getByRole('link', { name: 'Weekly wins' }).click();
      await noa.getByRole('heading', { level: 1, name: 'Weekly wins' }).waitFor();
      await noa.getByText('7 of 7 days', { exact: true }).waitFor();
      await noa.getByText('Thank you for making the soup', { exact: false }).waitFor();
      await noa.getByText('Thanks for the walk by the river', { exact: false }).waitFor();
      await axeBothSchemes(noa, 'weekly wins', 'light');
      await screenshot(noa, 'first-week-wins');
      await sam.goto('/rituals/week');
      await sam.getByRole('heading', { level: 1, name: 'Weekly wins' }).waitFor();
      // Sam skipped day 2: six days, and the gap is not filled in.
      await sam.getByText('6 of 7 days', { exact: true }).waitFor();
      await screenshot(sam, 'first-week-wins-sam');

      await noa.goto('/checkin/week');
      await noa.getByRole('heading', { level: 1, name: 'This week' }).waitFor();
      await noa.getByRole('img', { name: /^Your week and your partner’s/ }).waitFor();
      await axeBothSchemes(noa, 'this week', 'light');
      await screenshot(noa, 'first-week-this-week');

      expect(axeProblems).toEqual([]);
    },
    SLOW,
  );
});
