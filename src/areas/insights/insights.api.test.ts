import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';

const dayNY = (n: number) => addDays(localDate('America/New_York'), n);

async function habit(who: Actor, action: string) {
  const domain = await who.post('/api/couple/domains', {
    label: `d ${Math.random().toString(36).slice(2, 8)}`,
  });
  const res = await who.post('/api/habits', {
    cue: 'After dinner',
    action,
    owner: 'both',
    domain: domain.json().id,
    schedule: { kind: 'daily' },
    startDate: dayNY(-1),
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as string;
}

const analysis = (subjectId: string, extra: Record<string, unknown> = {}) => ({
  subjectKind: 'habit',
  subjectId,
  cue: 'fine',
  reward: 'missing',
  size: 'too big',
  timing: 'weak',
  partnerResponse: 'fine',
  visibility: 'private',
  ...extra,
});

describe.each(DIALECTS)('insights on %s', (dialect) => {
  const { app } = useApp(dialect);

  describe('POST /api/insights/reflections', () => {
    it('keeps a private reflection to its author and shows a shared one to both', async () => {
      const { a, b } = await makeCouple(app());
      const secret = `CANARY-REFLECT-${Math.random().toString(36).slice(2, 9)}`;
      const mine = await a.post('/api/insights/reflections', {
        question: 5,
        answer: secret,
        visibility: 'private',
      });
      expect(mine.statusCode, mine.body).toBe(201);
      expect(mine.json()).toMatchObject({ question: 5, answer: secret, mine: true, authorName: 'Lisa' });
      await a.post('/api/insights/reflections', {
        question: 2,
        answer: 'Relief after a fight',
        visibility: 'shared',
      });
      const forB = await b.get('/api/insights');
      expect(forB.body).not.toContain(secret);
      expect(
        forB.json().reflections.map((r: { answer: string; mine: boolean }) => [r.answer, r.mine]),
      ).toEqual([['Relief after a fight', false]]);
      expect((await a.get('/api/insights')).json().reflections).toHaveLength(2);
      expect((await b.get('/api/insights')).json().questions).toHaveLength(5);
    });

    it('refuses a question outside 1–5 and an empty answer, naming the field, and saves nothing', async () => {
      const { a } = await makeCouple(app());
      const six = await a.post('/api/insights/reflections', {
        question: 6,
        answer: 'x',
        visibility: 'shared',
      });
      expect(six.statusCode).toBe(400);
      expect(six.json().error.field).toBe('question');
      const blank = await a.post('/api/insights/reflections', {
        question: 1,
        answer: '   ',
        visibility: 'shared',
      });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().error.field).toBe('answer');
      expect((await a.get('/api/insights')).json().reflections).toEqual([]);
    });
  });

  describe('POST /api/insights/failures', () => {
    it('records what was missing from a retired habit; a private analysis feeds only its author’s tables', async () => {
      const { a, b } = await makeCouple(app());
      const id = await habit(a, 'I put both phones in the drawer');
      expect(
        (await a.post(`/api/habits/${id}/status`, { status: 'retired', reason: 'Too much' })).statusCode,
      ).toBe(200);
      const before = (await a.get('/api/insights')).json();
      expect(before.changes).toEqual([
        expect.objectContaining({
          id: `habit:${id}`,
          kind: 'habit',
          status: 'faded',
          abandoned: true,
          analysed: false,
        }),
      ]);
      const res = await a.post('/api/insights/failures', analysis(id));
      expect(res.statusCode, res.body).toBe(201);
      const missing = Object.fromEntries(
        res.json().missing.map((m: { factor: string; count: number }) => [m.factor, m.count]),
      );
      expect(missing).toEqual({
        'the cue': 0,
        'the reward': 1,
        'the size (too big)': 1,
        'the timing': 1,
        'the partner’s response': 0,
      });
      expect(res.json().changes[0].analysed).toBe(true);
      // Answering again replaces the earlier analysis.
      await a.post('/api/insights/failures', analysis(id, { reward: 'fine' }));
      const again = (await a.get('/api/insights')).json().missing;
      expect(again.find((m: { factor: string }) => m.factor === 'the reward')).toEqual({
        key: 'reward',
        factor: 'the reward',
        count: 0,
        of: 1,
      });
      // The partner sees none of a private analysis, then a shared one of their own counts for them.
      expect((await b.get('/api/insights')).json().missing[1]).toEqual({
        key: 'reward',
        factor: 'the reward',
        count: 0,
        of: 0,
      });
    });

    it('answers 409 for a habit still going, 404 for one that is not theirs, 400 naming a wrong answer', async () => {
      const { a } = await makeCouple(app());
      const other = await makeCouple(app());
      const active = await habit(a, 'I ask how the day was');
      const going = await a.post('/api/insights/failures', analysis(active));
      expect(going.statusCode).toBe(409);
      const foreign = await habit(other.a, 'I make the tea');
      await other.a.post(`/api/habits/${foreign}/status`, { status: 'retired' });
      expect((await a.post('/api/insights/failures', analysis(foreign))).statusCode).toBe(404);
      const wrong = await a.post('/api/insights/failures', analysis(active, { cue: 'meh' }));
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.field).toBe('cue');
      expect((await a.get('/api/insights')).json().missing[0].of).toBe(0);
    });
  });

  describe('GET /api/insights/report', () => {
    it('reads as a few sentences for a month, and refuses a month that does not exist', async () => {
      const { a } = await makeCouple(app());
      const res = await a.get(`/api/insights/report?month=${dayNY(-1).slice(0, 7)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().lines.length).toBeGreaterThan(2);
      expect(res.json().lines.at(-1)).toMatch(/^To talk about: /);
      const bad = await a.get('/api/insights/report?month=2026-13');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('month');
    });
  });
});
