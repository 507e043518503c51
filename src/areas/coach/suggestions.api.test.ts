import { describe, expect, it } from 'vitest';
import { type Actor, makeCouple, useApp } from '../../../test/support/app.ts';
import { admitCoach, makeCoach } from '../../../test/support/coach.ts';
import { DIALECTS } from '../../../test/support/stores.ts';

const ALL = ['habits', 'rituals', 'experiments', 'exploration'];
const habit = (action = 'I ask how her day went') => ({
  kind: 'habit',
  note: 'Small and daily works best',
  fields: { cue: 'After dinner', action, domain: 'communication', schedule: { kind: 'daily' } },
});
const ritual = {
  kind: 'ritual',
  fields: {
    title: 'Sunday walk',
    prompt: 'What went well this week?',
    cadence: 'weekly',
    time: '10:00',
    weekday: 7,
  },
};
const experiment = {
  kind: 'experiment',
  fields: { title: 'Phones in the drawer at dinner', metric: 'connection' },
};
const idea = { kind: 'idea', fields: { domain: 'communication', text: 'Cook a dish from her childhood' } };

describe.each(DIALECTS)('coach suggestions on %s', (dialect) => {
  const { app } = useApp(dialect);

  async function setup(areas = ALL) {
    const couple = await makeCouple(app());
    const coach = await makeCoach(app());
    const linkId = await admitCoach(coach, couple.a, couple.b, areas);
    const url = `/api/coach/couples/${couple.coupleId}/suggestions`;
    return { ...couple, coach, linkId, url };
  }

  async function suggest(coach: Actor, url: string, body: unknown) {
    const res = await coach.post(url, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; state: string };
  }

  it('each kind accepted becomes the couple’s own habit, ritual, experiment proposal or idea', async () => {
    const { a, b, coach, url } = await setup();
    const ids = [];
    for (const body of [habit(), ritual, experiment, idea]) ids.push((await suggest(coach, url, body)).id);
    const open = (await b.get('/api/coach-suggestions')).json().suggestions;
    expect(open.map((s: { id: string }) => s.id).sort()).toEqual([...ids].sort());
    expect(open.find((s: { kind: string }) => s.kind === 'habit')).toMatchObject({
      coachName: 'Coach',
      note: 'Small and daily works best',
      state: 'open',
      fields: habit().fields,
    });
    const made: Record<string, string> = {};
    for (const [i, id] of ids.entries()) {
      const res = await (i % 2 ? b : a).post(`/api/coach-suggestions/${id}/accept`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().state).toBe('accepted');
      made[res.json().kind] = res.json().createdId;
    }
    const habits = (await b.get('/api/habits')).json().habits;
    expect(habits).toEqual([
      expect.objectContaining({ id: made.habit, action: 'I ask how her day went', owner: 'both' }),
    ]);
    const rituals = (await a.get('/api/rituals')).json().rituals;
    expect(rituals.find((r: { id: string }) => r.id === made.ritual)).toMatchObject({
      title: 'Sunday walk',
      cadence: 'weekly',
      weekday: 7,
    });
    const experiments = (await a.get('/api/experiments')).json().experiments;
    expect(experiments).toEqual([
      expect.objectContaining({
        id: made.experiment,
        title: 'Phones in the drawer at dinner',
        metric: expect.objectContaining({ key: 'connection' }),
        performer: 'both',
      }),
    ]);
    const ideas = (await a.get('/api/exploration/ideas')).json().ideas;
    expect(ideas.find((x: { id: string }) => x.id === made.idea)).toMatchObject({
      text: 'Cook a dish from her childhood',
    });
    expect((await a.get('/api/coach-suggestions')).json().suggestions).toEqual([]);
    const mine = (await coach.get(url)).json();
    expect(mine.suggestions.map((s: { state: string }) => s.state)).toEqual(Array(4).fill('accepted'));
    expect(mine.kinds).toEqual(['habit', 'ritual', 'experiment', 'idea']);
    expect(mine.domains.map((d: { id: string }) => d.id)).toContain('communication');
  });

  it('two accepts at once make one idea, and accepting again answers the same', async () => {
    // An idea, since nothing else (like a habit's pace) would stop a second row.
    const { a, b, coach, url } = await setup();
    const { id } = await suggest(coach, url, idea);
    const [one, two] = await Promise.all([
      a.post(`/api/coach-suggestions/${id}/accept`),
      b.post(`/api/coach-suggestions/${id}/accept`),
    ]);
    expect([one.statusCode, two.statusCode], `${one.body} ${two.body}`).toEqual([200, 200]);
    expect(one.json().createdId).toBe(two.json().createdId);
    const again = await a.post(`/api/coach-suggestions/${id}/accept`);
    expect(again.json().createdId).toBe(one.json().createdId);
    const ideas = (await a.get('/api/exploration/ideas')).json().ideas;
    expect(ideas.filter((x: { text: string }) => x.text === idea.fields.text)).toHaveLength(1);
  });

  it('an accept the area refuses is a 400 naming the field; the suggestion stays open, nothing is made', async () => {
    const { a, coach, url } = await setup();
    const first = await suggest(coach, url, habit());
    const second = await suggest(coach, url, habit('I hug her when she comes home'));
    expect((await a.post(`/api/coach-suggestions/${first.id}/accept`)).statusCode).toBe(200);
    // One change at a time in a domain (the default pace): the second waits.
    const res = await a.post(`/api/coach-suggestions/${second.id}/accept`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('fields.domain');
    expect(res.json().error.say).toMatchObject({ code: 'refuse.paceFull', params: { count: 1 } });
    expect((await a.get('/api/habits')).json().habits).toHaveLength(1);
    expect((await a.get('/api/coach-suggestions')).json().suggestions).toEqual([
      expect.objectContaining({ id: second.id, state: 'open' }),
    ]);
  });

  it('bad input is a 400 naming the field, and nothing is suggested', async () => {
    const { a, coach, url } = await setup(['habits', 'experiments']);
    const cases: [unknown, string | RegExp][] = [
      [{ ...habit(), fields: { ...habit().fields, domain: 'nowhere' } }, 'fields.domain'],
      [{ ...habit(), fields: { ...habit().fields, action: 'be nicer' } }, 'fields.action'],
      [{ ...habit(), fields: { ...habit().fields, cue: '' } }, /fields\/?\.?cue/],
      [{ ...habit(), fields: { ...habit().fields, owner: 'both' } }, /owner/],
      [{ ...experiment, fields: { ...experiment.fields, metric: 'nope' } }, 'fields.metric'],
      [{ ...habit(), note: 'x'.repeat(501) }, /note/],
      [{ kind: 'chore', fields: {} }, /kind/],
      // A union within the chosen kind's branch (a nullable weekday) names its own field.
      [{ ...ritual, fields: { ...ritual.fields, weekday: -5 } }, 'fields.weekday'],
    ];
    for (const [body, field] of cases) {
      const res = await coach.post(url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toMatch(field);
    }
    // A kind whose area the couple did not let the coach see: refused, naming the kind.
    const ritualRes = await coach.post(url, ritual);
    expect(ritualRes.statusCode).toBe(403);
    expect(ritualRes.json().error.field).toBe('kind');
    expect((await coach.get(url)).json()).toMatchObject({ suggestions: [], kinds: ['habit', 'experiment'] });
    expect((await a.get('/api/coach-suggestions')).json().suggestions).toEqual([]);
  });

  it('a decline keeps its reason for the coach; a decided suggestion is not decided again', async () => {
    const { a, b, coach, url } = await setup();
    const { id } = await suggest(coach, url, idea);
    const long = await b.post(`/api/coach-suggestions/${id}/decline`, { reason: 'x'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.field).toMatch(/reason/);
    expect((await coach.get(url)).json().suggestions[0]).toMatchObject({
      state: 'open',
      declineReason: null,
    });
    const res = await b.post(`/api/coach-suggestions/${id}/decline`, {
      reason: '  We tried that last year  ',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await coach.get(url)).json().suggestions[0]).toMatchObject({
      id,
      state: 'declined',
      declineReason: 'We tried that last year',
    });
    expect((await a.get('/api/coach-suggestions')).json().suggestions).toEqual([]);
    expect((await a.post(`/api/coach-suggestions/${id}/accept`)).statusCode).toBe(409);
    expect(
      (await a.get('/api/exploration/ideas'))
        .json()
        .ideas.some((i: { text: string }) => i.text === idea.fields.text),
    ).toBe(false);
    // Declining again changes nothing (the first reason stays); with no reason the coach sees none.
    expect((await a.post(`/api/coach-suggestions/${id}/decline`, { reason: 'other' })).statusCode).toBe(200);
    expect((await coach.get(url)).json().suggestions[0].declineReason).toBe('We tried that last year');
    const quiet = await suggest(coach, url, idea);
    expect((await a.post(`/api/coach-suggestions/${quiet.id}/decline`, {})).statusCode).toBe(200);
    expect((await coach.get(url)).json().suggestions[0]).toMatchObject({ id: quiet.id, declineReason: null });
  });

  it('a revoked coach is refused on the very next request; their open suggestions are withdrawn', async () => {
    const { a, b, coach, linkId, url } = await setup();
    const { id } = await suggest(coach, url, habit());
    expect((await a.delete(`/api/coach-links/${linkId}`)).statusCode).toBe(200);
    expect((await coach.get(url)).statusCode).toBe(404);
    expect((await coach.post(url, habit())).statusCode).toBe(404);
    expect((await b.get('/api/coach-suggestions')).json().suggestions).toEqual([]);
    expect((await b.post(`/api/coach-suggestions/${id}/accept`)).statusCode).toBe(409);
    expect((await b.get('/api/habits')).json().habits).toEqual([]);
  });

  it('another couple and their coach reach none of it', async () => {
    const { coach, url } = await setup();
    const { id } = await suggest(coach, url, habit());
    const other = await setup();
    expect((await other.coach.get(url)).statusCode).toBe(404);
    expect((await other.coach.post(url, habit())).statusCode).toBe(404);
    expect((await other.a.post(`/api/coach-suggestions/${id}/accept`)).statusCode).toBe(404);
    expect((await other.a.post(`/api/coach-suggestions/${id}/decline`, {})).statusCode).toBe(404);
    expect((await other.a.get('/api/coach-suggestions')).json().suggestions).toEqual([]);
    expect((await coach.get(url)).json().suggestions[0].state).toBe('open');
  });
});
