import { describe, expect, it } from 'vitest';
import { demoLogin, makeCouple, todayB, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { buildReport } from '../../cli/report.ts';
import { localDate } from '../../dates.ts';
import { DEMO_LOGINS, loadDemo } from '../../demo/load.ts';
import { planDemo } from '../../demo/plan.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import { findViewerByEmail } from '../account/store.ts';

interface HintView {
  key: string;
  action: { who: string; name: string; kind?: string };
  outcome: { who: string; metric: string };
  lagDays: number;
  effect: number;
  q: number;
  text: string;
  bars: Array<{ actions: string; mean: number; days: number }>;
}

describe.each(DIALECTS)('credit and loops on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  const login = (who: 'lisa' | 'michael') => demoLogin(app(), who);

  it('finds the demo couple’s planted lag-1 effect, the dishes loop and the cycle, each partner from what they may see', async () => {
    const end = localDate(DEMO_LOGINS.lisa.timeZone);
    await loadDemo(store().db, planDemo(3, end));
    const [lisa, michael] = [await login('lisa'), await login('michael')];

    for (const who of [lisa, michael]) {
      const res = await who.get('/api/credit/hints');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { hints: HintView[]; tested: number; alpha: number };
      expect(body.tested).toBeGreaterThan(100);
      const first = body.hints[0]!;
      expect(first.action.kind).toBe('appreciation');
      expect(first.action.name).toBe('Michael');
      expect(first.outcome.metric).toBe('satisfaction');
      expect(first.lagDays).toBe(1);
      expect(first.effect).toBeGreaterThan(0.5);
      expect(first.text).toContain('about 5 in 100');
      // The data behind it: Lisa's satisfaction the day after is higher after an appreciation.
      const bar = (n: string) => first.bars.find((b) => b.actions === n)!;
      expect(bar('1').mean).toBeGreaterThan(bar('0').mean);
      expect(body.hints.length).toBeLessThanOrEqual(3);

      const loops = (await who.get('/api/log/loops')).json().loops as Array<{
        type: string;
        topic: string;
        episodes: unknown[];
      }>;
      expect(loops.map((l) => `${l.type}:${l.topic}`).sort()).toEqual([
        'recurring-conflict:dishes',
        'reward-hacking-cycle:conflict-repair-closeness',
      ]);
    }
    // Lisa's private notes never reach Michael, in hints or loops.
    expect(michael.received.some((r) => r.body.includes('Feeling unseen'))).toBe(false);

    // Michael makes his appreciations private: Lisa's hints no longer know them; his still do.
    const { db } = store();
    const michaelId = (
      await db
        .selectFrom('users')
        .select('id')
        .where('email', '=', DEMO_LOGINS.michael.email)
        .executeTakeFirstOrThrow()
    ).id;
    await db
      .updateTable('log')
      .set({ visibility: 'private' })
      .where('author_id', '=', michaelId)
      .where('kind', '=', 'appreciation')
      .execute();
    const lisaHints = (await lisa.get('/api/credit/hints')).json().hints as HintView[];
    expect(lisaHints.some((h) => h.action.kind === 'appreciation' && h.action.name === 'Michael')).toBe(
      false,
    );
    const michaelHints = (await michael.get('/api/credit/hints')).json().hints as HintView[];
    expect(michaelHints[0]!.action).toMatchObject({ who: 'me', kind: 'appreciation' });

    // `attune report --json`: every tested pair with its q, people by email; the loops with episodes.
    const viewer = (await findViewerByEmail(db, DEMO_LOGINS.michael.email)) as PartnerViewer;
    const report = (await buildReport(db, viewer)) as {
      hints: Array<{
        action: { who: string; kind?: string };
        outcome: { who: string; metric: string };
        lagDays: number;
        q: number;
        effect: number;
        text: string;
      }>;
      loops: Array<{ type: string; topic: string; episodes: Array<{ from: string }>; text: string }>;
    };
    expect(report.hints.length).toBeGreaterThan(100);
    expect(report.hints.every((h) => typeof h.q === 'number' && h.q >= 0 && h.q <= 1)).toBe(true);
    const planted = report.hints.find(
      (h) =>
        h.action.kind === 'appreciation' &&
        h.outcome.metric === 'satisfaction' &&
        h.lagDays === 1 &&
        h.outcome.who === DEMO_LOGINS.lisa.email,
    )!;
    expect(planted.action.who).toBe(DEMO_LOGINS.michael.email);
    expect(planted.q).toBeLessThan(0.001);
    expect(planted.text).toMatch(/^We notice/);
    expect(report.loops.map((l) => l.type).sort()).toEqual(['recurring-conflict', 'reward-hacking-cycle']);
    expect(report.loops[0]!.episodes.length).toBeGreaterThan(20);

    // Michael dismisses it: it is gone from his list (and counted), and stays gone on the same evidence.
    const key = michaelHints[0]!.key;
    const dismissed = await michael.post('/api/credit/hints/decision', { key, decision: 'dismissed' });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    const after = (await michael.get('/api/credit/hints')).json();
    expect(after.hints.map((h: HintView) => h.key)).not.toContain(key);
    expect(after.dismissed).toBe(1);
    const unknown = await michael.post('/api/credit/hints/decision', { key: 'nope', decision: 'confirmed' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('key');
  }, 120_000);

  it('saves the evening credit review as an appreciation linked to the partner’s action, once a day', async () => {
    const { a, b } = await makeCouple(app());
    const gesture = (
      await b.post('/api/log', {
        kind: 'gesture',
        date: todayB(),
        text: 'Made the coffee',
        visibility: 'shared',
      })
    ).json();
    const secret = (
      await b.post('/api/log', {
        kind: 'gesture',
        date: todayB(),
        text: 'SECRET-GESTURE',
        visibility: 'private',
      })
    ).json();
    const review = (await a.get('/api/credit/review')).json();
    expect(review.done).toBeNull();
    expect(review.partnerName).toBe('Michael');
    expect(review.actions.map((x: { id?: string }) => x.id)).toContain(gesture.id);
    expect(JSON.stringify(review)).not.toContain('SECRET-GESTURE');
    expect(JSON.stringify(review)).not.toContain(secret.id);

    const blank = await a.post('/api/credit/review', { text: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.field).toBe('text');
    expect(
      (await a.post('/api/credit/review', { text: 'x', action: { type: 'log', id: secret.id } })).statusCode,
    ).toBe(404);

    const text = 'Your coffee this morning made the whole day better';
    const saved = await a.post('/api/credit/review', { text, action: { type: 'log', id: gesture.id } });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ text, linked: true });
    const entry = (await b.get('/api/log?limit=10'))
      .json()
      .entries.find((e: { id: string }) => e.id === saved.json().entryId);
    expect(entry).toMatchObject({ kind: 'appreciation', text });
    expect((await a.get('/api/credit/review')).json().done).toEqual({
      entryId: saved.json().entryId,
      linked: true,
    });
    const again = await a.post('/api/credit/review', { text: 'And again' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.say).toEqual({ code: 'refuse.creditDone', params: {} });
    const row = await store()
      .db.selectFrom('credit_reviews')
      .selectAll()
      .where('appreciation_id', '=', saved.json().entryId)
      .executeTakeFirstOrThrow();
    expect(row.action_log_id).toBe(gesture.id);

    // B credits A's habit check-off: the check-off gets its thanks too.
    const habit = (
      await a.post('/api/habits', {
        cue: 'After breakfast',
        action: 'I clear the table',
        owner: 'me',
        domain: 'logistics',
        schedule: { kind: 'daily' },
      })
    ).json();
    const day = localDate('Europe/Berlin');
    expect((await a.post(`/api/habits/${habit.id}/checkoffs`, { date: day })).statusCode).toBe(201);
    const offered = (await b.get('/api/credit/review')).json();
    expect(offered.actions).toContainEqual(expect.objectContaining({ type: 'checkoff', habitId: habit.id }));
    const thanks = await b.post('/api/credit/review', {
      text: 'A clear table, a calm evening',
      action: { type: 'checkoff', habitId: habit.id, date: day },
    });
    expect(thanks.statusCode, thanks.body).toBe(201);
    const checkoff = await store()
      .db.selectFrom('habit_checkoffs')
      .select('appreciation_id')
      .where('habit_id', '=', habit.id)
      .executeTakeFirstOrThrow();
    expect(checkoff.appreciation_id).toBe(thanks.json().entryId);
  });
});
