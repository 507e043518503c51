import { describe, expect, it } from 'vitest';
import { makeCouple, today, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';
import { requirePartner } from '../../storage/scope.ts';
import { explorationReport } from './report.ts';
import { zoneFor } from './rules.ts';

// makeCouple: Lisa (a) lives in Europe/Berlin, Michael (b) in America/New_York.

describe.each(DIALECTS)('exploration on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const count = async (
    table: 'exploration_ideas' | 'exploration_tries' | 'exploration_draws',
    coupleId: string,
  ) =>
    (await store().db.selectFrom(table).select('couple_id').where('couple_id', '=', coupleId).execute())
      .length;

  describe('GET /api/exploration and the idea pool', () => {
    it('shows this month’s zone (among domains with ideas) and budget, and a pool of starter ideas plus our own', async () => {
      const { a, b } = await makeCouple(app());
      // Domains of their own with no ideas yet are not zones: there would be nothing to draw. Add
      // enough of them that a rotation over all domains would land on an empty one this month.
      const defaults = ['communication', 'intimacy', 'conflict_resolution', 'logistics'];
      const empty = (k: number) => Array.from({ length: k }, (_, i) => `zz_${i}`);
      let k = 1;
      while (!zoneFor(today().slice(0, 7), [...defaults, ...empty(k)]).startsWith('zz')) k++;
      for (const id of empty(k))
        expect((await a.post('/api/couple/domains', { label: id })).statusCode).toBe(201);
      const o = (await a.get('/api/exploration')).json();
      const zone = zoneFor(today().slice(0, 7), [
        'communication',
        'intimacy',
        'conflict_resolution',
        'logistics',
      ]);
      expect(o.zone.id).toBe(zone);
      expect(o.nextZone.id).not.toBe(zone);
      expect((await a.post('/api/exploration/draws', { seed: 1 })).statusCode).toBe(201);
      expect(o.budget.share).toBe(0.2);
      expect(o.budget.summary).toMatch(/week/);
      expect((await a.get('/api/exploration/ideas')).json().ideas.length).toBeGreaterThanOrEqual(60);
      const own = await b.post('/api/exploration/ideas', {
        domain: 'intimacy',
        text: '  Stargazing on the roof  ',
      });
      expect(own.statusCode).toBe(201);
      expect(own.json()).toMatchObject({ text: 'Stargazing on the roof', source: 'own', mean: 0.5 });
      const intimacy = (await a.get('/api/exploration/ideas?domain=intimacy')).json().ideas;
      expect(intimacy.every((i: { domain: string }) => i.domain === 'intimacy')).toBe(true);
      expect(intimacy.map((i: { text: string }) => i.text)).toContain('Stargazing on the roof');
    });

    it('should fail with 400 naming the field for bad ideas and tries, and change nothing', async () => {
      const { a, coupleId } = await makeCouple(app());
      for (const [body, field] of [
        [{ domain: 'astrology', text: 'x' }, 'domain'],
        [{ domain: 'intimacy', text: '   ' }, 'text'],
        [{ domain: 'intimacy' }, 'text'],
        [{ domain: 'intimacy', text: 'x', extra: 1 }, 'extra'],
      ] as const) {
        const res = await a.post('/api/exploration/ideas', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().error.field).toBe(field);
      }
      for (const [body, field] of [
        [{ ideaId: 'starter-astrology-01' }, 'ideaId'],
        [{ ideaId: 'nonsense' }, 'ideaId'],
        [{ ideaId: 'starter-intimacy-01', startedOn: addDays(today(), 2) }, 'startedOn'],
        [{ ideaId: 'starter-intimacy-01', checkOn: today() }, 'checkOn'],
        [{ ideaId: 'starter-intimacy-01', drawId: '00000000-0000-7000-8000-000000000000' }, 'drawId'],
      ] as const) {
        const res = await a.post('/api/exploration/tries', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().error.field).toBe(field);
      }
      expect((await a.post('/api/exploration/draws', { seed: -1 })).json().error.field).toBe('seed');
      expect(await count('exploration_ideas', coupleId)).toBe(0);
      expect(await count('exploration_tries', coupleId)).toBe(0);
      expect(await count('exploration_draws', coupleId)).toBe(0);
    });
  });

  describe('suggestions', () => {
    it('draws in this month’s zone, seeded and replayable, records each idea’s chance, and explains the pick', async () => {
      const { a, coupleId } = await makeCouple(app());
      const res = await a.post('/api/exploration/draws', { seed: 42 });
      expect(res.statusCode).toBe(201);
      const draw = res.json();
      const zone = (await a.get('/api/exploration')).json().zone;
      expect(draw.zone).toBe(zone.id);
      expect(draw.candidates.every((c: { id: string }) => c.id.startsWith(`starter-${zone.id}-`))).toBe(true);
      const total = draw.candidates.reduce((s: number, c: { probability: number }) => s + c.probability, 0);
      expect(total).toBeCloseTo(1, 4);
      expect(draw.probability).toBe(
        draw.candidates.find((c: { id: string }) => c.id === draw.idea.id).probability,
      );
      expect(draw.explanation).toContain(`We picked “${draw.idea.text}” because`);
      expect(draw.explanation).toContain(`ideas in ${zone.label}`);
      const again = (await a.post('/api/exploration/draws', { seed: 42 })).json();
      expect(again.idea.id).toBe(draw.idea.id);
      expect(again.probability).toBe(draw.probability);
      expect(await count('exploration_draws', coupleId)).toBe(2);
      expect((await a.get('/api/exploration')).json().draws[0].id).toBe(again.id);
    });

    it('learns from both partners’ ratings: a loved idea is suggested far more often than a disliked one', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const zone = (await a.get('/api/exploration')).json().zone.id as string;
      const ideas = (await a.get(`/api/exploration/ideas?domain=${zone}`)).json().ideas as { id: string }[];
      const [loved, disliked] = [ideas[0]!.id, ideas[1]!.id];
      for (const [idea, rating] of [
        [loved, 5],
        [loved, 5],
        [loved, 4],
        [disliked, 1],
        [disliked, 1],
        [disliked, 2],
      ] as const) {
        const t = (await a.post('/api/exploration/tries', { ideaId: idea })).json();
        await a.post(`/api/exploration/tries/${t.id}/ratings`, { rating });
        await b.post(`/api/exploration/tries/${t.id}/ratings`, { rating });
      }
      const pool = (await a.get(`/api/exploration/ideas?domain=${zone}`)).json().ideas as {
        id: string;
        mean: number;
        triedTogether: number;
      }[];
      const find = (id: string) => pool.find((i) => i.id === id)!;
      expect(find(loved)).toMatchObject({ triedTogether: 3 });
      // Beta(1, 1) prior: loved (1 + 1 + 0.75 successes of 3) → 3.75 / 5; disliked (0.25 of 3) → 1.25 / 5.
      expect(find(loved).mean).toBeCloseTo(0.75, 10);
      expect(find(disliked).mean).toBeCloseTo(0.25, 10);
      const draw = (await a.post('/api/exploration/draws', { seed: 7 })).json();
      const chance = (id: string) => draw.candidates.find((c: { id: string }) => c.id === id).probability;
      expect(chance(loved)).toBeGreaterThan(3 * chance(disliked));
      expect(await count('exploration_tries', coupleId)).toBe(6);
    });
  });

  describe('tries', () => {
    it('keeps a partner’s rating sealed until both rated, and every try ends with keep or a return to normal', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const draw = (await a.post('/api/exploration/draws', { seed: 3 })).json();
      const started = await a.post('/api/exploration/tries', { ideaId: draw.idea.id, drawId: draw.id });
      expect(started.statusCode).toBe(201);
      const t = started.json();
      expect(t).toMatchObject({
        kind: 'explore',
        drawId: draw.id,
        startedOn: today(),
        checkOn: addDays(today(), 7),
        due: false,
        outcome: null,
        ratings: { mine: null, partnerRated: false, partner: null },
      });
      expect(t.returnPlan).toMatch(/go back to how things were/);
      const mine = (await a.post(`/api/exploration/tries/${t.id}/ratings`, { rating: 2 })).json();
      expect(mine.ratings).toEqual({ mine: 2, partnerRated: false, partner: null });
      const seen = (await b.get('/api/exploration')).json().tries.find((x: { id: string }) => x.id === t.id);
      expect(seen.ratings).toEqual({ mine: null, partnerRated: true, partner: null });
      const both = (await b.post(`/api/exploration/tries/${t.id}/ratings`, { rating: 5 })).json();
      expect(both.ratings).toEqual({ mine: 5, partnerRated: true, partner: 2 });
      expect((await b.post(`/api/exploration/tries/${t.id}/ratings`, { rating: 6 })).json().error.field).toBe(
        'rating',
      );

      const back = await b.post(`/api/exploration/tries/${t.id}/end`, { outcome: 'return' });
      expect(back.json()).toMatchObject({ outcome: 'return', endedOn: localDate('America/New_York') });
      const decided = await a.post(`/api/exploration/tries/${t.id}/end`, { outcome: 'keep' });
      expect(decided.statusCode).toBe(409);
      expect(decided.json().error.say).toEqual({ code: 'refuse.tryBack', params: {} });

      // A kept idea, tried again, is exploiting what works.
      const second = (
        await a.post('/api/exploration/tries', {
          ideaId: 'starter-logistics-01',
          returnPlan: 'We go back to planning on the fly.',
          startedOn: addDays(today(), -8),
        })
      ).json();
      expect(second).toMatchObject({
        kind: 'explore',
        due: true,
        returnPlan: 'We go back to planning on the fly.',
      });
      await a.post(`/api/exploration/tries/${second.id}/end`, { outcome: 'keep' });
      const third = (await a.post('/api/exploration/tries', { ideaId: 'starter-logistics-01' })).json();
      expect(third.kind).toBe('exploit');
      const o = (await a.get('/api/exploration')).json();
      expect(o.tries[0].id).toBe(third.id); // running first
      const month = o.budget.months.find((m: { month: string }) => m.month === today().slice(0, 7));
      expect(month.exploited).toContain(third.idea.text);

      const viewer = requirePartner({
        userId: (await a.get('/api/account')).json().id,
        email: 'x',
        sessionId: 'x',
        couple: { id: coupleId, role: 'partner', displayName: 'Lisa', timeZone: 'Europe/Berlin' },
      });
      const report = await explorationReport(store().db, viewer);
      expect(report.zone).toBe(o.zone.id);
      expect(report.budget).toEqual(o.budget);
      expect(report.suggestions).toEqual([
        {
          date: draw.date,
          idea: draw.idea.text,
          probability: draw.probability,
          explanation: draw.explanation,
        },
      ]);
    });
  });
});
