import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { findViewerByToken } from '../account/store.ts';
import { alignmentReport } from './report.ts';

/** A complete answer; `tag` makes its text unique so a leak can be searched for. */
const fullAnswer = (tag: string, at: [number, number, number, number] = [20, 70, 40, 30]) => ({
  optimizingFor: `Calm evenings ${tag}`,
  successMeans: `Feeling on the same team ${tag}`,
  rewardsSought: `Being noticed ${tag}`,
  rewards: ['Time together', 'Being thanked', `Quiet ${tag}`],
  harmonyAuthenticity: at[0],
  independenceConnection: at[1],
  growthStability: at[2],
  familyCareer: at[3],
  domains: ['communication', 'intimacy', 'logistics'],
});

describe.each(DIALECTS)('alignment on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  let a: Actor;
  let b: Actor;
  let other: Actor;
  beforeAll(async () => {
    const [one, two] = await Promise.all([makeCouple(app()), makeCouple(app(), ['Ann', 'Bob'])]);
    ({ a, b } = one);
    other = two.a;
  });

  async function openRound(quarter?: string) {
    const res = await a.post('/api/alignment/rounds', quarter ? { quarter } : {});
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  describe('POST /api/alignment/rounds', () => {
    it('opens this quarter’s round once, offered by the quarterly ritual until then', async () => {
      const rituals = (await b.get('/api/rituals')).json().rituals;
      expect(rituals.find((r: { key: string }) => r.key === 'quarterly_celebration').offers).toBe(
        'alignment',
      );
      expect(rituals.filter((r: { offers: string | null }) => r.offers !== null)).toHaveLength(1);
      const quarterly = rituals.find((r: { key: string }) => r.key === 'quarterly_celebration').id;
      await a.patch(`/api/rituals/${quarterly}`, { active: false });
      expect((await b.get('/api/alignment')).json().offered).toBe(false);
      await a.patch(`/api/rituals/${quarterly}`, { active: true });
      const before = (await b.get('/api/alignment')).json();
      expect(before.quarter).toMatch(/^\d{4}-Q[1-4]$/);
      expect(before.offered).toBe(true);
      // A opens it: in A's quarter, which at a quarter's first hours in Europe is past B's.
      const opened = (await a.get('/api/alignment')).json().quarter as string;
      expect(opened >= before.quarter).toBe(true);
      const id = await openRound();
      const after = (await b.get('/api/alignment')).json();
      expect(after.offered).toBe(false);
      expect(after.rounds).toEqual([
        { id, quarter: opened, state: 'open', me: 'not_started', partner: 'not_yet' },
      ]);
      const again = await b.post('/api/alignment/rounds', {});
      expect(again.statusCode).toBe(409);
      expect(again.json().error.field).toBe('quarter');
      expect(again.json().error.say).toEqual({ code: 'refuse.roundExists', params: { quarter: opened } });
    });

    it('refuses a quarter that has not begun and a malformed one, naming the field', async () => {
      const future = await a.post('/api/alignment/rounds', { quarter: '2999-Q1' });
      expect(future.statusCode).toBe(400);
      expect(future.json().error.field).toBe('quarter');
      const bad = await a.post('/api/alignment/rounds', { quarter: '2020-Q5' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('quarter');
    });
  });

  describe('the seal', () => {
    it('shows the partner the same bytes whether I have no draft, an empty one or a long one', async () => {
      const id = await openRound('2024-Q1');
      const view = async () => (await b.get(`/api/alignment/rounds/${id}`)).body;
      const none = await view();
      expect(JSON.parse(none)).toMatchObject({ partner: 'not_yet', mine: null, reveal: null });
      expect((await a.patch(`/api/alignment/rounds/${id}/answer`, { optimizingFor: '' })).statusCode).toBe(
        200,
      );
      const empty = await view();
      const long = 'SEALED-LONG '.repeat(300);
      expect(
        (await a.patch(`/api/alignment/rounds/${id}/answer`, { ...fullAnswer('x'), optimizingFor: long }))
          .statusCode,
      ).toBe(200);
      const full = await view();
      expect(empty).toBe(none);
      expect(full).toBe(none);
      const list = (await b.get('/api/alignment')).json().rounds.find((r: { id: string }) => r.id === id);
      expect(list).toMatchObject({ me: 'not_started', partner: 'not_yet' });
      // The author sees their own draft.
      const mine = (await a.get(`/api/alignment/rounds/${id}`)).json();
      expect(mine.mine.optimizingFor).toBe(long);
      expect(mine.me).toBe('draft');
    });

    it('reveals both answers at once when the second partner submits, with overlaps and gaps', async () => {
      const id = await openRound('2024-Q2');
      await a.patch(`/api/alignment/rounds/${id}/answer`, fullAnswer('A', [20, 70, 40, 30]));
      const submitted = await a.post(`/api/alignment/rounds/${id}/submit`);
      expect(submitted.statusCode).toBe(200);
      expect(submitted.json()).toMatchObject({ me: 'submitted', partner: 'not_yet', reveal: null });
      const edit = await a.patch(`/api/alignment/rounds/${id}/answer`, { optimizingFor: 'changed' });
      expect(edit.statusCode).toBe(409);

      const missing = await b.post(`/api/alignment/rounds/${id}/submit`);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.field).toBe('optimizingFor');
      await b.patch(`/api/alignment/rounds/${id}/answer`, {
        ...fullAnswer('B', [80, 75, 45, 30]),
        familyCareer: null,
      });
      const noDimension = await b.post(`/api/alignment/rounds/${id}/submit`);
      expect(noDimension.json().error.field).toBe('familyCareer');
      const beforeReveal = (await b.get(`/api/alignment/rounds/${id}`)).body;
      expect(beforeReveal).not.toContain('Calm evenings A');
      expect(JSON.parse(beforeReveal).partner).toBe('submitted');

      await b.patch(`/api/alignment/rounds/${id}/answer`, {
        familyCareer: 30,
        rewards: ['Being thanked', 'Adventure', 'Time together'],
        domains: ['intimacy', 'communication'],
      });
      const done = (await b.post(`/api/alignment/rounds/${id}/submit`)).json();
      expect(done.state).toBe('revealed');
      expect(done.reveal.partner.optimizingFor).toBe('Calm evenings A');
      expect(done.reveal.mine.optimizingFor).toBe('Calm evenings B');
      expect(done.reveal.partnerName).toBe('Lisa');
      expect(done.reveal.dimensions.map((d: { gap: number }) => d.gap)).toEqual([60, 5, 5, 0]);
      expect(done.reveal.dimensions[0].words).toMatch(/far apart/);
      expect(done.reveal.rewards.shared).toEqual(['Being thanked', 'Time together']);
      expect(done.reveal.domains.agreement).toBe(-1);
      const forA = (await a.get(`/api/alignment/rounds/${id}`)).json();
      expect(forA.reveal.partner.optimizingFor).toBe('Calm evenings B');
    });

    it('reveals exactly once when both partners submit at the same moment', async () => {
      const id = await openRound('2024-Q3');
      await Promise.all([
        a.patch(`/api/alignment/rounds/${id}/answer`, fullAnswer('A')),
        b.patch(`/api/alignment/rounds/${id}/answer`, fullAnswer('B')),
      ]);
      const [x, y] = await Promise.all([
        a.post(`/api/alignment/rounds/${id}/submit`),
        b.post(`/api/alignment/rounds/${id}/submit`),
      ]);
      expect([x.statusCode, y.statusCode]).toEqual([200, 200]);
      expect((await a.get(`/api/alignment/rounds/${id}`)).json().state).toBe('revealed');
    });

    it('refuses another couple’s round as if it did not exist, and checks drafts’ lists', async () => {
      const id = await openRound('2023-Q1');
      expect((await other.get(`/api/alignment/rounds/${id}`)).statusCode).toBe(404);
      expect(
        (await other.patch(`/api/alignment/rounds/${id}/answer`, { optimizingFor: 'x' })).statusCode,
      ).toBe(404);
      expect((await other.post(`/api/alignment/rounds/${id}/submit`)).statusCode).toBe(404);
      const twice = await a.patch(`/api/alignment/rounds/${id}/answer`, { rewards: ['Walks', ' walks '] });
      expect(twice.statusCode).toBe(400);
      expect(twice.json().error.field).toBe('rewards.1');
      expect(twice.json().error.say).toEqual({ code: 'refuse.rewardTwice', params: { value: 'walks' } });
      const unknown = await a.patch(`/api/alignment/rounds/${id}/answer`, { domains: ['nope'] });
      expect(unknown.json().error.field).toBe('domains.0');
      const stray = await a.patch(`/api/alignment/rounds/${id}/answer`, { secret: 1 });
      expect(stray.statusCode).toBe(400);
      expect((await a.get(`/api/alignment/rounds/${id}`)).json().mine).toBeNull();
    });
  });

  describe('shared metrics and drift', () => {
    async function revealed(quarter: string, atA: [number, number, number, number], atB: typeof atA) {
      const id = await openRound(quarter);
      await a.patch(`/api/alignment/rounds/${id}/answer`, fullAnswer('A', atA));
      await b.patch(`/api/alignment/rounds/${id}/answer`, fullAnswer('B', atB));
      await a.post(`/api/alignment/rounds/${id}/submit`);
      await b.post(`/api/alignment/rounds/${id}/submit`);
      return id;
    }

    it('turns a metric defined from the reveal into a check-in metric the partner accepts', async () => {
      const sealed = await openRound('2022-Q1');
      const early = await a.post(`/api/alignment/rounds/${sealed}/metrics`, {
        name: 'Felt on the same team',
        scaleMin: 0,
        scaleMax: 10,
        better: 'higher',
      });
      expect(early.statusCode).toBe(409);

      const id = await revealed('2022-Q2', [50, 50, 50, 50], [50, 50, 50, 50]);
      const res = await a.post(`/api/alignment/rounds/${id}/metrics`, {
        name: ' Felt on the same team ',
        scaleMin: 0,
        scaleMax: 10,
        better: 'higher',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ name: 'Felt on the same team', state: 'proposed' });
      const bad = await a.post(`/api/alignment/rounds/${id}/metrics`, {
        name: 'Upside down',
        scaleMin: 5,
        scaleMax: 1,
        better: 'higher',
      });
      expect(bad.json().error.field).toBe('scaleMax');
      const accept = await b.post(`/api/checkins/metrics/${res.json().id}/accept`);
      expect(accept.json().state).toBe('accepted');
      const round = (await a.get(`/api/alignment/rounds/${id}`)).json();
      expect(round.metrics.map((m: { name: string; state: string }) => [m.name, m.state])).toEqual([
        ['Felt on the same team', 'accepted'],
      ]);
    });

    it('shows each dimension’s gap across the revealed rounds and its trend', async () => {
      const drift0 = (await a.get('/api/alignment/drift')).json();
      await revealed('2021-Q1', [10, 50, 50, 50], [70, 50, 50, 90]);
      await revealed('2021-Q2', [30, 50, 50, 50], [60, 50, 55, 90]);
      await revealed('2021-Q3', [40, 50, 50, 50], [45, 50, 80, 90]);
      const drift = (await b.get('/api/alignment/drift')).json();
      expect(drift.rounds.slice(0, 3)).toEqual(['2021-Q1', '2021-Q2', '2021-Q3']);
      expect(drift.rounds.length).toBe(drift0.rounds.length + 3);
      const byKey = Object.fromEntries(drift.dimensions.map((d: { key: string }) => [d.key, d]));
      expect(byKey.harmonyAuthenticity.points.slice(0, 3).map((p: { gap: number }) => p.gap)).toEqual([
        60, 30, 5,
      ]);
      expect(byKey.growthStability.points.slice(0, 3).map((p: { gap: number }) => p.gap)).toEqual([0, 5, 30]);
      expect(byKey.familyCareer.points.slice(0, 3).map((p: { gap: number }) => p.gap)).toEqual([40, 40, 40]);
      expect(drift.dimensions.map((d: { words: string }) => d.words).join(' ')).toContain('2021-Q1');
    });
  });

  describe('attune report', () => {
    it('gives a partner the rounds and drift, never a word of the other’s sealed answer', async () => {
      const viewerOf = async (actor: Actor) =>
        (await findViewerByToken(store().db, actor.cookie!.split('=').slice(1).join('=')))!;
      const id = await openRound('2019-Q4');
      await a.patch(`/api/alignment/rounds/${id}/answer`, fullAnswer('REPORT-A'));
      await a.post(`/api/alignment/rounds/${id}/submit`);
      const sealed = await alignmentReport(store().db, await viewerOf(b));
      expect(JSON.stringify(sealed)).not.toContain('REPORT-A');
      expect(sealed!.rounds.find((r) => r.quarter === '2019-Q4')).toEqual({
        quarter: '2019-Q4',
        state: 'open',
        me: 'not_started',
        partner: 'submitted',
        revealed: null,
      });
      await b.patch(`/api/alignment/rounds/${id}/answer`, fullAnswer('REPORT-B', [90, 70, 40, 30]));
      await b.post(`/api/alignment/rounds/${id}/submit`);
      const open = await alignmentReport(store().db, await viewerOf(a));
      const round = open!.rounds.find((r) => r.quarter === '2019-Q4')!;
      expect(round.revealed!.dimensions[0]).toMatchObject({ key: 'harmonyAuthenticity', gap: 70 });
      expect(open!.drift).toHaveLength(4);
    });
  });

  describe('the personal export', () => {
    it('holds my sealed draft but not my partner’s, and both once revealed', async () => {
      const id = await openRound('2020-Q1');
      await a.patch(`/api/alignment/rounds/${id}/answer`, fullAnswer('EXPORT-A'));
      await b.patch(`/api/alignment/rounds/${id}/answer`, fullAnswer('EXPORT-B'));
      await a.post(`/api/alignment/rounds/${id}/submit`);
      const sealed = (await b.get('/api/export')).body;
      expect(sealed).toContain('EXPORT-B');
      expect(sealed).not.toContain('EXPORT-A');
      await b.post(`/api/alignment/rounds/${id}/submit`);
      const open = (await b.get('/api/export')).body;
      expect(open).toContain('EXPORT-A');
    });
  });
});
