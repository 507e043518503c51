import { describe, expect, it } from 'vitest';
import { makeCouple, useApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/stores.ts';
import { localDate } from '../dates.ts';
import { PHRASE_CODES } from './phrases.ts';

/*
 * The explanations the web app words itself: each figure's explanation also comes as phrase
 * codes with parameters (the English `explanation` stays for the command line).
 */
const codes = (phrases: { code: string }[]) => phrases.map((p) => p.code);

describe.each(DIALECTS)('explanations as phrase codes on %s', (dialect) => {
  const { app } = useApp(dialect);

  it('the week, its ratio, the log metrics, the CSI-4 and both reviews send codes with their numbers', async () => {
    const { a } = await makeCouple(app());
    const today = localDate('Europe/Berlin');
    const saved = await a.post('/api/checkins', {
      date: today,
      satisfaction: 7,
      energy: 5,
      connection: 6,
      conflicts: 1,
      positives: 4,
    });
    expect(saved.statusCode).toBe(200);

    const week = (await a.get(`/api/checkins/week?end=${today}`)).json();
    expect(week.means.phrases).toEqual([
      { code: 'means.week', params: { mine: 1, partner: 0, span: 7 } },
      { code: 'means.missing', params: {} },
      { code: 'means.fewDays', params: {} },
    ]);
    expect(codes(week.ratio.phrases)).toEqual([
      'ratio.about',
      'ratio.stable',
      'ratio.rough',
      'ratio.firstImpression',
    ]);
    expect(week.ratio.phrases[0].params).toMatchObject({ ratio: 4 });
    expect(week.ratio.phrases[3].params).toEqual({ count: 1 });
    expect(week.ratio.explanation).toMatch(/^About 4\.0 positive moments/);

    const fromLog = (await a.get('/api/checkins/from-log')).json();
    expect(codes(fromLog.repairLatency.phrases)).toEqual([
      'repair.about',
      'repair.none',
      'repair.trendUnknown',
    ]);
    expect(fromLog.promiseTrust.map((p: { phrases: { code: string }[] }) => codes(p.phrases))).toEqual([
      ['trust.none'],
      ['trust.none'],
    ]);

    const csi4 = await a.post('/api/checkins/csi4', { items: [5, 4, 4, 4] });
    expect(csi4.statusCode).toBe(201);
    expect(csi4.json().phrases).toEqual([
      { code: 'csi4.score', params: { total: 17 } },
      { code: 'csi4.above', params: {} },
      { code: 'csi4.snapshot', params: {} },
    ]);
    expect(codes((await a.get('/api/checkins/csi4')).json().meaningPhrases)).toEqual(['csi4.meaning']);

    const weekReview = (await a.get('/api/rituals/review/week')).json();
    expect(codes(weekReview.phrases)).toEqual(['week.noWins']);
    // With one win, only what happened is listed: no "0 kept promises", no "0 of 0 habits".
    const thanks = await a.post('/api/log', {
      kind: 'appreciation',
      date: today,
      text: 'Thank you for the soup',
    });
    expect(thanks.statusCode).toBe(201);
    const oneWin = (await a.get('/api/rituals/review/week')).json();
    expect(oneWin.phrases).toEqual([
      { code: 'week.appreciations', params: { count: 1 } },
      { code: 'week.checkins', params: { count: 1 } },
    ]);
    const month = (await a.get('/api/rituals/review/month')).json();
    expect(month.phrases[0]).toEqual({
      code: 'means.month',
      params: { mine: 1, minePrevious: 0, partner: 0, partnerPrevious: 0 },
    });
    expect(month.ratio.phrases[0]).toEqual({ code: 'ratio.monthCurrent', params: { current: 4 } });

    // Every code sent is one the web app's catalogue words (it is typed from PHRASE_CODES).
    const sent = [
      week.means,
      week.ratio,
      fromLog.repairLatency,
      csi4.json(),
      weekReview,
      month,
      month.ratio,
    ].flatMap((x) => codes(x.phrases));
    for (const c of sent) expect(PHRASE_CODES).toContain(c);
  });

  it('a kept promise and a linked repair give trust and latency with their numbers', async () => {
    const { a } = await makeCouple(app());
    const today = localDate('Europe/Berlin');
    const promise = await a.post('/api/log', { kind: 'promise', date: today, text: 'Call the plumber' });
    expect(promise.statusCode).toBe(201);
    const kept = await a.post(`/api/log/${promise.json().id}/promise`, { state: 'kept' });
    expect(kept.statusCode).toBe(200);
    const conflict = await a.post('/api/log', { kind: 'conflict', date: today, text: 'Dishes' });
    const repair = await a.post('/api/log', {
      kind: 'repair',
      date: today,
      text: 'Talked it through',
      repairOf: conflict.json().id,
    });
    expect(repair.statusCode).toBe(201);
    const fromLog = (await a.get('/api/checkins/from-log')).json();
    const mine = fromLog.promiseTrust.find((p: { mine: boolean }) => p.mine);
    expect(mine.phrases).toEqual([
      { code: 'trust.score', params: { kept: 1, broken: 0, score: Math.round(mine.score * 100) } },
      { code: 'trust.rough', params: {} },
    ]);
    expect(fromLog.repairLatency.phrases.slice(1, 4)).toEqual([
      { code: 'repair.median', params: { count: 0 } },
      { code: 'repair.linked', params: { count: 1 } },
      { code: 'repair.rough', params: {} },
    ]);
  });

  it('a habit’s strength, automaticity and a proposed easing come as codes and parts', async () => {
    const { a } = await makeCouple(app());
    const today = localDate('Europe/Berlin');
    const created = await a.post('/api/habits', {
      cue: 'After dinner',
      action: 'We walk around the block together',
      owner: 'both',
      domain: 'intimacy',
      schedule: { kind: 'daily' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await a.post(`/api/habits/${id}/checkoffs`, { date: today })).statusCode).toBeLessThan(300);
    const eased = await a.patch(`/api/habits/${id}`, {
      schedule: { kind: 'times', times: 2, days: 7 },
    });
    expect(eased.statusCode).toBe(200);
    const h = eased.json();
    expect(codes(h.strengthPhrases)).toEqual(['strength.score', 'strength.run', 'strength.early']);
    expect(h.strengthPhrases[1].params).toEqual({ count: 1 });
    expect(h.automaticity.phrases).toEqual([
      { code: 'automaticity.fewScores', params: { count: 0, needed: 6 } },
      { code: 'automaticity.keepAnswering', params: {} },
    ]);
    expect(h.pendingChange.summary).toBe('Ease the schedule to 2 times in 7 days');
    expect(h.pendingChange.change).toEqual({
      pause: false,
      reason: null,
      schedule: { kind: 'times', weekdays: [], times: 2, days: 7 },
      target: null,
    });
  });

  it('a field the schema refuses says why as a reason code with its bound, beside the English message', async () => {
    const { a } = await makeCouple(app());
    const long = await a.post('/api/checkins/metrics', {
      name: 'x'.repeat(61),
      scaleMin: 0,
      scaleMax: 5,
      better: 'higher',
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error).toMatchObject({ field: 'name', reason: 'too_long', limit: 60 });
    const missing = await a.post('/api/checkins/metrics', { name: 'Walks', scaleMin: 0, scaleMax: 5 });
    expect(missing.json().error).toMatchObject({ field: 'better', reason: 'required' });
    expect(missing.json().error.limit).toBeUndefined();
    const unknown = await a.post('/api/checkins/metrics', {
      name: 'Walks',
      scaleMin: 0,
      scaleMax: 5,
      better: 'higher',
      colour: 'red',
    });
    expect(unknown.json().error).toMatchObject({ field: 'colour', reason: 'unknown_field' });
    const date = await a.get('/api/checkins/day/2025-02-30');
    expect(date.json().error).toMatchObject({ field: 'date', reason: 'not_a_date' });
  });

  it('an import preview names each problem by code with its parameters, beside the English message', async () => {
    const { a } = await makeCouple(app());
    const csv = 'date,kind,text\n2024-03-01,hug,Long walk\n2024-03-02,note,\n';
    const res = await a.post('/api/log/import/preview', {
      fileName: 'log.csv',
      content: Buffer.from(csv).toString('base64'),
    });
    expect(res.statusCode).toBe(200);
    const problems = res.json().problems;
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, code: 'row.unknownKind', params: { value: 'hug' } }),
      expect.objectContaining({ line: 3, code: 'row.textEmpty', params: {} }),
    ]);
    expect(problems[0].message).toMatch(/^Unknown kind "hug"/);
  });
});
