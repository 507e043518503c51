import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLogin, useApp } from '../../test/support/app.ts';
import { DIALECTS } from '../../test/support/stores.ts';
import { addDays, localDate } from '../dates.ts';
import { DEMO_LOGINS, loadDemo } from '../demo/load.ts';
import { planDemo } from '../demo/plan.ts';
import { PHRASE_CODES, type PhraseCode } from './phrases.ts';

/*
 * The later areas' sentences reach the web app as phrase codes: on the demo couple's two years,
 * every code any of these answers sends is worded in English and in Spanish with every
 * placeholder filled from the parameters the server sent (a renamed parameter, or a code without
 * a sentence, fails here), and no English sentence is left for the web app to show.
 */

type Sent = { code: PhraseCode; params: Record<string, string | number> };

// The web app's own wording, loaded at run time: its files are type-checked by the web's
// tsconfig (with the DOM), not by this one.
const WEB = '../../web/src/';
const web = async () => ({
  ...((await import(`${WEB}i18n.ts`)) as { applyLanguage: (lang: 'en' | 'es') => Promise<void> }),
  ...((await import(`${WEB}ui/phrases.ts`)) as { sayPhrase: (p: Sent) => string }),
});
const isPhrase = (x: unknown): x is Sent =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Sent).code === 'string' &&
  (PHRASE_CODES as readonly string[]).includes((x as Sent).code) &&
  typeof (x as Sent).params === 'object';

/** Every phrase anywhere in a JSON answer. */
function phrasesIn(x: unknown, out: Sent[] = []): Sent[] {
  if (isPhrase(x)) out.push(x);
  else if (Array.isArray(x)) for (const y of x) phrasesIn(y, out);
  else if (x && typeof x === 'object') for (const y of Object.values(x)) phrasesIn(y, out);
  return out;
}

describe.each(DIALECTS)('the later areas’ sentences as phrase codes on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const end = localDate(DEMO_LOGINS.lisa.timeZone);
  beforeAll(() => loadDemo(store().db, planDemo(3, end)));
  afterAll(async () => (await web()).applyLanguage('en'));

  const login = (who: 'lisa' | 'michael') => demoLogin(app(), who);

  it('anchors, the archive, exploration, history, loops, insights, the report, experiments and an import send codes both languages word in full', async () => {
    const lisa = await login('lisa');

    const snapshot = await lisa.post('/api/anchors/archive', { note: 'A good month' });
    expect(snapshot.statusCode, snapshot.body).toBeLessThan(300);
    const draw = await lisa.post('/api/exploration/draws', { seed: 7 });
    expect(draw.statusCode, draw.body).toBe(201);
    const csv = 'date,kind,text\n03/04/2024,note,One\n13/04/2024,note,Two\n';
    const preview = await lisa.post('/api/log/import/preview', {
      fileName: 'notes.csv',
      content: Buffer.from(csv).toString('base64'),
    });
    expect(preview.statusCode, preview.body).toBe(200);

    const answers: Record<string, unknown> = { draw: draw.json(), preview: preview.json() };
    for (const path of [
      '/api/anchors',
      '/api/anchors/archive',
      '/api/exploration',
      '/api/history',
      '/api/log/loops',
      '/api/insights',
      '/api/insights/report',
      '/api/experiments',
    ]) {
      const res = await lisa.get(path);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
      answers[path] = res.json();
    }
    const sent = phrasesIn(answers);
    const codes = new Set(sent.map((p) => p.code));
    // One from each area, so an area that stopped sending codes is noticed.
    for (const code of [
      'snapshot.patterns',
      'pick.chance',
      'history.anchor.title',
      'loop.recurring',
      'stick.few',
      'report.question',
      'rule.higher',
      'dateOrder.dayFirst',
    ] as const)
      expect(codes, code).toContain(code);
    expect([...codes].some((c) => c.startsWith('lapse.'))).toBe(true);
    expect([...codes].some((c) => c.startsWith('result.') || c.startsWith('meter.'))).toBe(true);
    expect([...codes].some((c) => c.startsWith('adherence.') || c.startsWith('shift.'))).toBe(true);

    const { applyLanguage, sayPhrase } = await web();
    for (const lang of ['en', 'es'] as const) {
      await applyLanguage(lang);
      const unfilled = sent
        .map((p) => ({ code: p.code, words: sayPhrase(p) }))
        .filter((x) => /\{\w+\}/.test(x.words));
      expect(unfilled, lang).toEqual([]);
    }
    // Spanish really is Spanish.
    await applyLanguage('es');
    const question = sent.find((p) => p.code === 'report.question')!;
    expect(sayPhrase(question)).toMatch(/^Para hablar: ¿/);
  });

  it('a refusal says why as a phrase code beside the English message', async () => {
    const lisa = await login('lisa');
    const anchor = (await lisa.get('/api/anchors')).json().anchors[0];
    const future = await lisa.post(`/api/anchors/${anchor.id}/checkoffs`, { date: addDays(end, 2) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({
      field: 'date',
      message: 'A day that has not happened yet can’t be checked off.',
      say: { code: 'refuse.checkoffFuture', params: {} },
    });
    const { applyLanguage, sayPhrase } = await web();
    const closed = await lisa.post(`/api/anchors/${anchor.id}/checkoffs`, { date: addDays(end, -30) });
    expect(closed.json().error.say).toEqual({ code: 'refuse.checkoffClosed', params: { count: 7 } });
    await applyLanguage('es');
    expect(sayPhrase(closed.json().error.say)).toBe(
      'Las marcas se pueden cambiar durante 7 días; ese día ya se cerró.',
    );
  });
});
