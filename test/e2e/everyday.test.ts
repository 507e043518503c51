import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EntryForm } from './pages/entry-form.ts';
import { LogPage } from './pages/log-page.ts';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * The everyday log (issue 19): a new entry starts shared, private one tap away; a repair starts
 * linked to the open conflict; search finds words but never the partner's private entry; Enter
 * in a field does not save; a domain added in a cancelled entry is never created; a notebook
 * with a title line imports. Steps run in order and build on each other.
 */
const PASSWORD = 'correct horse battery';
const ZONE = 'Europe/Berlin';
const CANARY = 'canary-everyday-91c2';

let server: TestServer;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();
let lisa: Page;
let lisaApi: Seeder;
let michaelApi: Seeder;
const today = todayIn(ZONE);

type Entry = { id: string; text: string; visibility: string; repairOf: string | null };
const entries = async (who: Seeder, q = '') =>
  (await who.call<{ entries: Entry[] }>('GET', `/api/log${q}`)).entries;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  for (const scheme of ['light', 'dark'] as const)
    contexts.set(scheme, await newContext(browser, server.url, { colorScheme: scheme, timezoneId: ZONE }));
  contexts.set('michael', await newContext(browser, server.url, { timezoneId: ZONE }));
  lisaApi = new Seeder(contexts.get('light')!.request);
  michaelApi = new Seeder(contexts.get('michael')!.request);
  await lisaApi.signup('lisa@example.test', PASSWORD);
  await lisaApi.createCouple('Lisa', ZONE);
  const { code } = await lisaApi.invite();
  await michaelApi.signup('michael@example.test', PASSWORD);
  await michaelApi.join(code, 'Michael', ZONE);
  await new Seeder(contexts.get('dark')!.request).login('lisa@example.test', PASSWORD);
  await michaelApi.entry({
    kind: 'note',
    date: today,
    text: `Michael's own thought about the dishes ${CANARY}`,
    visibility: 'private',
  });
  lisa = await contexts.get('light')!.newPage();
});

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  await screenshot(lisa, `failed-everyday-${context.task.name.replace(/\W+/g, '-').slice(0, 40)}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the everyday log', () => {
  it('a new entry starts shared, and private is one tap away and said in words', async () => {
    await lisa.goto('/log/new');
    await lisa.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    expect(await lisa.getByRole('radio', { name: 'Both of us' }).isChecked()).toBe(true);
    await lisa.getByText('Both of us: shared with my partner').waitFor();
    await screenshot(lisa, 'everyday-entry-new');
    const form = new EntryForm(lisa);
    await form.fill({ kind: 'Conflict', text: 'The dishes, again' });
    await form.save();
    await new LogPage(lisa).entry('The dishes, again').waitFor();
    expect((await entries(michaelApi)).map((e) => e.text)).toContain('The dishes, again');

    await lisa.goto('/log/new');
    await lisa.getByRole('radio', { name: 'Only me' }).check();
    await lisa.getByText('Only me: private, my partner never sees it').waitFor();
    await form.fill({ kind: 'Note', text: 'Just for me' });
    await form.save();
    await new LogPage(lisa).entry('Just for me').waitFor();
    expect((await entries(michaelApi)).map((e) => e.text)).not.toContain('Just for me');
  });

  it('a repair starts linked to the most recent open conflict of the last three days', async () => {
    const conflict = (await entries(lisaApi, '?kind=conflict'))[0]!;
    await lisa.goto('/log/new');
    await lisa.getByRole('radio', { name: 'Repair', exact: true }).check();
    const select = lisa.getByLabel('Which conflict did this repair?');
    await expect.poll(() => select.inputValue()).toBe(conflict.id);
    await lisa.getByLabel('In your words').fill('Talked it through');
    await new EntryForm(lisa).save();
    await new LogPage(lisa).entry('Talked it through').waitFor();
    const repair = (await entries(lisaApi, '?kind=repair'))[0]!;
    expect(repair.repairOf).toBe(conflict.id);
    // Now repaired, that conflict is no longer offered to the next repair.
    await lisa.goto('/log/new');
    await lisa.getByRole('radio', { name: 'Repair', exact: true }).check();
    await lisa.getByLabel('Which conflict did this repair?').waitFor();
    await lisa.getByLabel('In your words').waitFor();
    expect(await lisa.getByLabel('Which conflict did this repair?').inputValue()).toBe('');
  });

  it('Enter in a field does not save the form, empty or half-filled', async () => {
    const before = (await entries(lisaApi)).length;
    await lisa.goto('/log/new');
    await lisa.getByLabel('Day').press('Enter');
    // Half-filled: without the guard, Enter in the day field would save this.
    await lisa.getByLabel('In your words').fill('half a thought');
    await lisa.getByLabel('Day').press('Enter');
    await lisa.getByLabel('New domain').press('Enter');
    await lisa.getByRole('radio', { name: 'Gesture', exact: true }).press('Enter');
    await lisa.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    expect(await lisa.getByRole('alert').count()).toBe(0);
    expect((await entries(lisaApi)).length).toBe(before);
  });

  it('a domain added in a cancelled entry is not created; in a saved one it is', async () => {
    await lisa.goto('/log/new');
    await lisa.getByLabel('New domain').fill('Money');
    await lisa.getByRole('button', { name: 'Add domain' }).click();
    await lisa.getByRole('checkbox', { name: 'Money (new)', checked: true }).waitFor();
    await lisa.getByRole('button', { name: 'Cancel' }).click();
    await new LogPage(lisa).heading.waitFor();
    const labels = async () =>
      (await lisaApi.call<{ domains: { label: string }[] }>('GET', '/api/couple')).domains.map(
        (d) => d.label,
      );
    expect(await labels()).not.toContain('Money');

    await lisa.goto('/log/new');
    await new EntryForm(lisa).fill({ text: 'Budget talk', newDomain: 'Money' });
    await new EntryForm(lisa).save();
    await new LogPage(lisa).entry('Budget talk').waitFor();
    expect(await labels()).toContain('Money');
  });

  it('search finds words in what Lisa may see, never Michael’s private entry', async () => {
    await lisa.goto('/');
    await lisa.getByRole('searchbox', { name: 'Search the log' }).fill('DISHES');
    await lisa.getByRole('button', { name: 'Search', exact: true }).click();
    const log = new LogPage(lisa);
    await log.entry('The dishes, again').waitFor();
    expect(await log.entries.count()).toBe(1);
    expect(await lisa.content()).not.toContain(CANARY);
    await screenshot(lisa, 'everyday-log-search');
    await lisa.getByRole('searchbox', { name: 'Search the log' }).fill(CANARY);
    await lisa.getByRole('button', { name: 'Search', exact: true }).click();
    await lisa.getByRole('heading', { name: 'No entries match' }).waitFor();
    expect(await lisa.content()).not.toContain(`thought about the dishes ${CANARY}`);
  });

  it('a notebook that opens with a title imports, the title shown as not imported', async () => {
    await lisa.goto('/log/import');
    await lisa.getByLabel('Choose a file').setInputFiles({
      name: 'notebook.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Our notebook\nKept by Lisa. M = Michael.\n\n2023-04-12\nconflict: money again\n2023-04-13\nappreciation: M made tea\n',
      ),
    });
    await lisa.getByText('Kept by Lisa. M = Michael.').waitFor();
    await lisa
      .getByText(/before the first date, so it is not imported/)
      .first()
      .waitFor();
    await screenshot(lisa, 'everyday-import-title');
    await lisa.getByRole('button', { name: /^Import 2 entries/ }).click();
    await lisa.getByText('Imported 2 entries.').waitFor();
  });
});

describe('rituals in the app', () => {
  type Ritual = { title: string; time: string; weekday: number | null; active: boolean };
  const rituals = async () => (await lisaApi.call<{ rituals: Ritual[] }>('GET', '/api/rituals')).rituals;
  const card = (title: string) =>
    lisa.getByRole('listitem').filter({ has: lisa.getByRole('heading', { name: title }) });

  it('moves a ritual to another time and switches one off', async () => {
    await lisa.goto('/rituals');
    const wins = card('Weekly wins review');
    await wins.getByRole('button', { name: 'Change time or switch off' }).click();
    await wins.getByLabel('On', { exact: true }).selectOption({ label: 'Saturday' });
    await wins.getByLabel('At', { exact: true }).fill('10:30');
    await wins.getByRole('button', { name: 'Save' }).click();
    await lisa.getByText('“Weekly wins review” moved.').waitFor();
    await wins.getByText('Weekly on Saturday at 10:30').waitFor();
    expect((await rituals()).find((r) => r.title === 'Weekly wins review')).toMatchObject({
      time: '10:30',
      weekday: 6,
    });

    const gratitude = card('Morning gratitude share');
    await gratitude.getByRole('button', { name: 'Change time or switch off' }).click();
    await gratitude.getByRole('checkbox', { name: 'On: show it and remind us' }).uncheck();
    await gratitude.getByRole('button', { name: 'Save' }).click();
    await gratitude
      .getByText(/switched off/)
      .first()
      .waitFor();
    expect((await rituals()).find((r) => r.title === 'Morning gratitude share')?.active).toBe(false);
  });

  it('adds a ritual of their own', async () => {
    await lisa.getByRole('button', { name: 'Add a ritual' }).click();
    const form = lisa.getByRole('region', { name: 'Add a ritual' });
    await form.getByLabel('Name', { exact: true }).fill('Sunday walk');
    await form.getByLabel('At', { exact: true }).fill('16:00');
    await form.getByRole('button', { name: 'Add ritual' }).click();
    await card('Sunday walk').getByText('Weekly on Sunday at 16:00').waitFor();
    expect((await rituals()).map((r) => r.title)).toContain('Sunday walk');
  });

  it('marking a ritual done says so; the evening ritual is the check-in', async () => {
    const walk = card('Sunday walk');
    await walk.getByRole('button', { name: 'Mark done' }).click();
    await lisa.getByText('“Sunday walk” done for today. Nice.').waitFor();
    await walk.getByRole('status').getByText('Done today').waitFor();
    const evening = card('Evening check-in');
    expect(await evening.getByRole('button', { name: 'Mark done' }).count()).toBe(0);
    await screenshot(lisa, 'everyday-rituals');
    await evening.getByRole('link', { name: 'Open today’s check-in' }).click();
    await lisa.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await lisa.getByRole('button', { name: 'Positive moments', exact: false }).first().waitFor();
    await lisa.getByRole('button', { name: 'One more Positive moments' }).click();
    await lisa.getByRole('button', { name: 'Save check-in' }).click();
    await lisa.getByRole('heading', { name: 'Done for today' }).waitFor();
    await lisa.goto('/rituals');
    await card('Evening check-in').getByText('Checked in today').waitFor();
  });
});

describe('the first days of a new couple', () => {
  let ana: Page;
  let benApi: Seeder;

  it('set-up says what is missing beside the field, in the app’s own words', async () => {
    const context = await newContext(browser, server.url, { timezoneId: ZONE });
    // A phone's share sheet, recorded: Chromium on a desktop has none.
    await context.addInitScript(
      'window.__shared = []; navigator.share = async (data) => { window.__shared.push(data); };',
    );
    const anaApi = new Seeder(context.request);
    await anaApi.signup('ana@example.test', PASSWORD);
    ana = await context.newPage();
    await ana.goto('/setup');
    const create = ana.getByRole('region', { name: 'Start a new couple space' });
    await create.getByRole('button', { name: 'Create our space' }).click();
    await create.getByText('Write the name your partner will see').waitFor();
    expect(await create.getByLabel('Your name').getAttribute('aria-invalid')).toBe('true');
    const join = ana.getByRole('region', { name: 'Join your partner' });
    await join.getByLabel('Invite code').fill('ABC');
    await join.getByRole('button', { name: 'Join' }).click();
    await join.getByText(/This code is not complete/).waitFor();
    await screenshot(ana, 'everyday-setup-errors');
    await create.getByLabel('Your name').fill('Ana');
    await create.getByRole('button', { name: 'Create our space' }).click();
    await ana.getByRole('heading', { level: 1, name: 'Invite your partner' }).waitFor();
  });

  it('the invite link can be shared, and Ana’s screen notices Ben joining without a reload', async () => {
    await ana.getByRole('button', { name: 'Share the invitation' }).click();
    const shared = await ana.evaluate<{ url: string }[]>('window.__shared');
    expect(shared[0]!.url).toMatch(/\/join\/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const code = shared[0]!.url.split('/join/')[1]!;
    const benContext = await newContext(browser, server.url, { timezoneId: ZONE });
    benApi = new Seeder(benContext.request);
    await benApi.signup('ben@example.test', PASSWORD);
    await benApi.join(code, 'Ben', ZONE);
    await ana.getByText('Ben has joined. You are both here.').waitFor();
  });

  it('each partner’s first run: what attune is for, the first check-in, the first appreciation', async () => {
    await ana.goto('/');
    const steps = ana.getByRole('region', { name: 'Welcome to attune' });
    await steps.getByText(/notice what works between you/).waitFor();
    await screenshot(ana, 'everyday-first-steps');
    await steps.getByRole('link', { name: /first appreciation/ }).click();
    expect(await ana.getByRole('radio', { name: 'Appreciation', exact: true }).isChecked()).toBe(true);
    await ana.getByLabel('In your words').fill('Thank you for the coffee');
    await ana.getByRole('button', { name: 'Save entry' }).click();
    await steps.getByText('First appreciation written').waitFor();
    await steps.getByRole('link', { name: /first check-in/ }).click();
    await ana.getByRole('button', { name: 'One more Positive moments' }).click();
    await ana.getByRole('button', { name: 'Save check-in' }).click();
    await ana.getByRole('heading', { name: 'Done for today' }).waitFor();
    await ana.goto('/');
    await new LogPage(ana).entry('Thank you for the coffee').waitFor();
    expect(await ana.getByRole('region', { name: 'Welcome to attune' }).count()).toBe(0);
  });

  it('offline, a check-in and an entry wait on the device and go, once, when the connection returns', async () => {
    const context = ana.context();
    const yesterday = todayIn(ZONE, -1);
    await ana.goto(`/checkin/${yesterday}`);
    await ana.getByRole('button', { name: 'Save check-in' }).waitFor();
    const writer = await context.newPage();
    await writer.goto('/log/new');
    await writer.getByLabel('In your words').waitFor();

    await context.setOffline(true);
    await ana.getByRole('button', { name: 'One more Conflicts' }).click();
    await ana.getByRole('button', { name: 'Save check-in' }).click();
    await ana.getByText('No connection: your check-in is kept on this device').waitFor();
    await ana.getByRole('region', { name: 'One change waits on this device' }).waitFor();
    await writer.getByLabel('In your words').fill('Written on the train');
    await writer.getByRole('button', { name: 'Save entry' }).click();
    await writer.getByText(/the entry is kept on this device/).waitFor();
    await ana.getByRole('region', { name: '2 changes wait on this device' }).waitFor();
    await screenshot(ana, 'everyday-outbox-waiting');
    expect(await accessibilityProblems(ana, 'light')).toEqual([]);

    await context.setOffline(false);
    await ana.getByRole('heading', { name: /^Done for/ }).waitFor();
    await expect
      .poll(async () => (await ana.getByRole('region', { name: /wait on this device/ }).count()) === 0)
      .toBe(true);
    const anaApi = new Seeder(context.request);
    const day = await anaApi.call<{ checkin: { conflicts: number | null } | null }>(
      'GET',
      `/api/checkins/day/${yesterday}`,
    );
    expect(day.checkin?.conflicts).toBe(1);
    // Two pages flushed the same outbox: the idempotency key made the entry land once.
    const texts = (await entries(anaApi)).map((e) => e.text);
    expect(texts.filter((x) => x === 'Written on the train')).toHaveLength(1);
    await writer.close();
  });
});

describe('the everyday screens are accessible at 360 px, light and dark', () => {
  for (const [name, path, ready] of [
    ['entry-new', '/log/new', (p: Page) => p.getByRole('radio', { name: 'Both of us' }).waitFor()],
    ['log-search', '/?q=dishes', (p: Page) => p.getByRole('article').first().waitFor()],
    ['settings', '/settings', (p: Page) => p.getByRole('heading', { name: 'New log entries' }).waitFor()],
    ['rituals', '/rituals', (p: Page) => p.getByRole('heading', { name: 'Sunday walk' }).waitFor()],
  ] as const) {
    it(name, async () => {
      const problems: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        const page = await contexts.get(scheme)!.newPage();
        await page.goto(path);
        await ready(page);
        problems.push(...(await accessibilityProblems(page, scheme)));
        await screenshot(page, `everyday-${name}-${scheme}`);
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
