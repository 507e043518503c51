import { describe, expect, it } from 'vitest';
import { emailOf, makeCouple } from '../../../test/support/app.ts';
import { admitCoach, makeCoach } from '../../../test/support/coach.ts';
import { DIALECTS, freshStore } from '../../../test/support/stores.ts';
import { reportCommand } from '../../cli/report.ts';
import { buildApp } from '../../server/app.ts';
import { defaultConfig } from '../../server/context.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe.each(DIALECTS)('attune report for a coach on %s', (dialect) => {
  it('prints each admitted couple as the coach’s session preparation shows it, and no revoked one', async () => {
    const store = await freshStore(dialect);
    const app = await buildApp({ store, config: defaultConfig });
    try {
      const one = await makeCouple(app);
      const two = await makeCouple(app, ['Ann', 'Bob']);
      const coach = await makeCoach(app, 'Dr Rivera');
      await admitCoach(coach, one.a, one.b, ['habits', 'anchors']);
      const gone = await admitCoach(coach, two.a, two.b, ['habits']);
      expect((await two.a.delete(`/api/coach-links/${gone}`)).statusCode).toBe(200);
      await one.a.post('/api/anchors', { name: 'Sunday talk', cadence: { times: 1, days: 7 } });
      const suggested = await coach.post(`/api/coach/couples/${one.coupleId}/suggestions`, {
        kind: 'habit',
        fields: {
          cue: 'After dinner',
          action: 'I ask how her day went',
          domain: 'communication',
          schedule: { kind: 'daily' },
        },
      });
      expect(suggested.statusCode, suggested.body).toBe(201);
      await one.b.post(`/api/coach-suggestions/${suggested.json().id}/decline`, { reason: 'Not this month' });

      const json = capture();
      const args = ['--email', emailOf(coach), '--database', store.url];
      expect(await reportCommand([...args, '--json'], json.io)).toBe(0);
      const report = JSON.parse(json.out.join(''));
      expect(report).toMatchObject({ role: 'coach', name: 'Dr Rivera' });
      expect(report.couples).toHaveLength(1);
      const api = (await coach.get(`/api/coach/couples/${one.coupleId}`)).json();
      expect(report.couples[0]).toEqual(api);
      expect(report.couples[0].digest.anchors[0].name).toBe('Sunday talk');
      // Each couple's suggestions with what was decided, as the coach's list shows them.
      const mine = (await coach.get(`/api/coach/couples/${one.coupleId}/suggestions`)).json().suggestions;
      expect(report.suggestions).toEqual([
        { coupleId: one.coupleId, partners: ['Lisa', 'Michael'], suggestions: mine },
      ]);
      expect(mine[0]).toMatchObject({ state: 'declined', declineReason: 'Not this month' });

      const words = capture();
      expect(await reportCommand(args, words.io)).toBe(0);
      expect(words.out.join('')).toContain('- Lisa & Michael (areas: habits, anchors)');
      expect(words.out.join('')).toContain('habit “I ask how her day went”: declined (“Not this month”)');
      expect(words.out.join('')).not.toContain('Ann');
    } finally {
      await app.close();
      await store.drop();
    }
  });
});
