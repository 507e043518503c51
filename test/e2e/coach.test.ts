import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems } from './support/accessibility.ts';
import { launchBrowser, newContext, screenshot } from './support/browser.ts';
import { todayIn } from './support/dates.ts';
import { Seeder } from './support/seed.ts';
import { startServer, type TestServer } from './support/server.ts';

/*
 * Lisa invites a coach consenting to three areas, the coach joins with the code, Michael consents
 * to two of them: the coach sees the couple, only those two areas, and prepares a session on one
 * printable page. Then Lisa ends it, and the coach's very next request is refused. Every screen
 * under axe at 360 px; the coach's home in Spanish too. Steps run in order and build on each other.
 */
const PASSWORD = 'correct horse battery';
const ZONE = 'Europe/Berlin';
const HABIT = 'We walk after dinner';

let server: TestServer;
let browser: Browser;
const contexts = new Map<string, BrowserContext>();
let lisa: Page;
let michael: Page;
let coach: Page;
let lisaApi: Seeder;
let coachApi: Seeder;
let coupleId = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  for (const who of ['lisa', 'michael', 'coach'])
    contexts.set(who, await newContext(browser, server.url, { timezoneId: ZONE }));
  contexts.set(
    'coach-es',
    await newContext(browser, server.url, { timezoneId: ZONE, locale: 'es-ES', colorScheme: 'dark' }),
  );
  lisaApi = new Seeder(contexts.get('lisa')!.request);
  const michaelApi = new Seeder(contexts.get('michael')!.request);
  coachApi = new Seeder(contexts.get('coach')!.request);
  await lisaApi.signup('lisa@example.test', PASSWORD);
  coupleId = ((await lisaApi.createCouple('Lisa', ZONE)) as { id: string }).id;
  const { code } = await lisaApi.invite();
  await michaelApi.signup('michael@example.test', PASSWORD);
  await michaelApi.join(code, 'Michael', ZONE);
  await coachApi.signup('rivera@example.test', PASSWORD);
  await new Seeder(contexts.get('coach-es')!.request).login('rivera@example.test', PASSWORD);
  const domain = await lisaApi.call<{ id: string }>('POST', '/api/couple/domains', { label: 'Evenings' });
  const habit = await lisaApi.call<{ id: string }>('POST', '/api/habits', {
    cue: 'After dinner',
    action: HABIT,
    owner: 'both',
    domain: domain.id,
    schedule: { kind: 'daily' },
    startDate: todayIn(ZONE, -3),
  });
  for (const d of [-3, -2, -1])
    await lisaApi.call('POST', `/api/habits/${habit.id}/checkoffs`, { date: todayIn(ZONE, d) });
  // Something private, never for the coach.
  await lisaApi.entry({
    kind: 'note',
    date: todayIn(ZONE),
    text: 'PRIVATE-NOTE-OF-LISA',
    visibility: 'private',
  });
  lisa = await contexts.get('lisa')!.newPage();
  michael = await contexts.get('michael')!.newPage();
  coach = await contexts.get('coach')!.newPage();
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

const form = (page: Page, heading: string) =>
  page.locator('form').filter({ has: page.getByRole('heading', { name: heading }) });

describe('a coach the couple invites', () => {
  it('the coach takes the coach role instead of starting a couple space', async () => {
    await coach.goto('/');
    await coach.getByRole('heading', { name: 'I am a coach or therapist' }).waitFor();
    await coach.getByLabel('Your name as couples see it').fill('Dr Rivera');
    await coach.getByRole('button', { name: 'Create coach account' }).click();
    await coach.getByRole('heading', { level: 1, name: 'Your couples' }).waitFor();
    await coach.getByText('No couple has admitted you yet').waitFor();
  });

  it('Lisa invites the coach, consenting to three areas; the coach joins with the code', async () => {
    await lisa.goto('/coach-links');
    await lisa.getByRole('heading', { level: 1, name: 'Your coach' }).waitFor();
    const invite = form(lisa, 'Invite a coach');
    // Nothing chosen: told so, nothing sent.
    await invite.getByRole('button', { name: 'Create invite code' }).click();
    await invite.getByText('Choose at least one area.').waitFor();
    for (const area of [
      'Habits and their strength',
      'Anchors and stress periods',
      'Check-ins (shared numbers only)',
    ])
      await invite.getByLabel(area).check();
    await invite.getByRole('button', { name: 'Create invite code' }).click();
    const shown = await invite.getByText(/Give this code to your coach: /).textContent();
    const code = shown!.replace(/.*: /, '').trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(await accessibilityProblems(lisa, 'coach links')).toEqual([]);
    await screenshot(lisa, 'coach-links-invited');

    await form(coach, 'Join a couple').getByLabel('Invite code').fill(code);
    await coach.getByRole('button', { name: 'Join', exact: true }).click();
    await coach.getByText('Joined. You will see the couple once both partners consent.').waitFor();
    // Michael has not consented: the coach still sees no couple.
    await coach.reload();
    await coach.getByText('No couple has admitted you yet').waitFor();
  });

  it('Michael consents to two of them: the coach sees the couple, only what both chose', async () => {
    await michael.goto('/coach-links');
    const card = michael.getByRole('listitem').filter({ hasText: 'Dr Rivera' });
    await card.getByText('Waiting for both of you to consent').waitFor();
    const consent = form(michael, 'Your consent');
    await consent.getByLabel('Habits and their strength').check();
    await consent.getByLabel('Anchors and stress periods').check();
    await consent.getByRole('button', { name: 'Save my consent' }).click();
    await card.getByText('Admitted').waitFor();
    await card.getByText('Sees: Habits and their strength, Anchors and stress periods').waitFor();
    await screenshot(michael, 'coach-links-admitted');

    await coach.reload();
    const couple = coach.getByRole('listitem').filter({ hasText: 'Lisa & Michael' });
    await couple.getByText(new RegExp(`${HABIT}: strength`)).waitFor();
    // Check-ins were Lisa's choice only: not shown.
    expect(
      await couple.getByRole('heading', { name: 'Check-in trends' }).locator('..').textContent(),
    ).toContain('Not shared with you.');
    expect(await coach.content()).not.toContain('PRIVATE-NOTE-OF-LISA');
    expect(await accessibilityProblems(coach, 'coach home')).toEqual([]);
    await screenshot(coach, 'coach-home');

    const es = await contexts.get('coach-es')!.newPage();
    await es.goto('/');
    await es.getByRole('heading', { level: 1, name: 'Tus parejas' }).waitFor();
    await es.getByText(new RegExp(`${HABIT}: fuerza`)).waitFor();
    expect(await accessibilityProblems(es, 'coach home es dark')).toEqual([]);
    await screenshot(es, 'coach-home-es-dark');
  });

  it('the coach prepares the session on one printable page', async () => {
    await coach.getByRole('link', { name: 'Prepare the session' }).click();
    await coach.getByRole('heading', { level: 1, name: 'Session preparation' }).waitFor();
    await coach.getByText('The last 30 days (no session noted yet)').waitFor();
    await coach.getByText(new RegExp(`${HABIT}: strength`)).waitFor();
    expect(await accessibilityProblems(coach, 'session prep')).toEqual([]);
    await screenshot(coach, 'coach-prep');
    await coach.emulateMedia({ media: 'print' });
    expect(await coach.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await screenshot(coach, 'coach-prep-print');
    await coach.emulateMedia({ media: 'screen' });
    await coach.getByRole('button', { name: 'Note today’s session' }).click();
    await coach.getByText('Session noted: the next preparation starts from today.').waitFor();
  });

  it('Lisa ends coaching: the coach’s very next request is refused', async () => {
    await lisa.reload();
    const card = lisa.getByRole('listitem').filter({ hasText: 'Dr Rivera' });
    await card.getByRole('button', { name: 'End coaching…' }).click();
    await lisa.getByRole('dialog').getByRole('button', { name: 'End coaching' }).click();
    await card.getByText('Ended').waitFor();
    await expect(coachApi.call('GET', `/api/coach/couples/${coupleId}`)).rejects.toThrow(/404/);
    await coach.goto('/');
    await coach.getByText('No couple has admitted you yet').waitFor();
    await screenshot(lisa, 'coach-links-ended');
  });
});
