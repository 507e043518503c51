import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTER_IDEAS } from '../../../src/areas/exploration/starter-ideas.ts';
import { IMPORT_CODES } from '../../../src/import/messages.ts';
import { PHRASE_CODES } from '../../../src/server/phrases.ts';
import { applyLanguage, isMessageKey, type MessageKey, messagesReady, t } from '../i18n.ts';
import { en } from '../locales/en.ts';
import { enAreas } from '../locales/en-areas.ts';
import { sayPhrase, sayPhrases } from './phrases.ts';

describe('the server’s phrase codes in the reader’s language', () => {
  beforeAll(() => messagesReady());
  afterAll(() => applyLanguage('en'));

  it('has a sentence for every code the server may send', () => {
    expect(PHRASE_CODES.filter((c) => !isMessageKey(`phrase.${c}`))).toEqual([]);
    expect(IMPORT_CODES.filter((c) => !isMessageKey(`importProblem.${c}`))).toEqual([]);
  });

  it('has every starter idea, its English the server’s own, so a new or changed one is noticed', () => {
    const english = { ...en, ...enAreas } as Record<string, unknown>;
    expect(STARTER_IDEAS.filter((i) => english[`idea.${i.id}`] !== i.text).map((i) => i.id)).toEqual([]);
  });

  it('words a starter idea named in a phrase in Spanish, a couple’s own idea as written', async () => {
    await applyLanguage('es');
    const starter = STARTER_IDEAS[0]!;
    expect(sayPhrases([{ code: 'pick.new', params: { idea: starter.text, ideaId: starter.id } }])).toMatch(
      /^Elegimos «Dad un paseo juntos sin móviles/,
    );
    expect(sayPhrases([{ code: 'pick.new', params: { idea: 'Our own', ideaId: 'abc' } }])).toMatch(
      /^Elegimos «Our own»/,
    );
  });

  it('words a trust explanation and a ratio in Spanish, numbers and plurals the Spanish way', async () => {
    await applyLanguage('es');
    expect(
      sayPhrases([
        { code: 'trust.score', params: { kept: 3, broken: 1, score: 71 } },
        { code: 'trust.rough', params: {} },
      ]),
    ).toBe(
      '3 cumplidas y 1 rotas. La confianza es de 71 sobre 100: las promesas recientes cuentan más, así que un fallo tras una larga racha cuesta poco, y los fallos repetidos se notan. Con tan pocas promesas, esta puntuación es todavía aproximada.',
    );
    expect(sayPhrases([{ code: 'ratio.about', params: { ratio: 4.5, lower: 1.2, upper: 16.3 } }])).toBe(
      'Unos 4,5 momentos positivos por cada negativo (probablemente entre 1,2 y 16,3).',
    );
    expect(sayPhrases([{ code: 'ratio.firstImpression', params: { count: 1 } }])).toMatch(/un solo check-in/);
  });

  it('words an import problem in Spanish from its code', async () => {
    await applyLanguage('es');
    expect(t('importProblem.row.unknownKind', { value: 'hug' })).toMatch(/^Tipo desconocido "hug"/);
    expect(t('importProblem.notebook.badDateSkipped', { detail: 'x', count: 2 })).toMatch(
      /las 2 líneas siguientes/,
    );
  });

  it('words every refusal in Spanish, not left in English', async () => {
    const refusals = PHRASE_CODES.filter((c) => c.startsWith('refuse.'));
    expect(refusals.length).toBeGreaterThan(100);
    await applyLanguage('en');
    const english = refusals.map((c) => t(`phrase.${c}` as MessageKey, { count: 2 }));
    await applyLanguage('es');
    const spanish = refusals.map((c) => t(`phrase.${c}` as MessageKey, { count: 2 }));
    expect(refusals.filter((_, i) => spanish[i] === english[i])).toEqual([]);
  });

  it('words a refusal’s count, domain, metric and date the reader’s way', async () => {
    await applyLanguage('es');
    const pace = (count: number) => ({
      code: 'refuse.paceFull' as const,
      params: { domain: 'communication', domainId: 'communication', count, action: 'Un abrazo' },
    });
    expect(sayPhrase(pace(1))).toMatch(
      /^Vuestro ritmo en Comunicación es de 1 cambio a la vez, y «Un abrazo»/,
    );
    expect(sayPhrase(pace(2))).toMatch(/es de 2 cambios a la vez/);
    const busy = sayPhrase({
      code: 'refuse.metricBusy',
      params: {
        title: 'Cena sin móviles',
        metric: 'satisfaction',
        metricKey: 'satisfaction',
        date: '2026-03-09',
      },
    });
    expect(busy).toMatch(/^«Cena sin móviles» ya está en marcha sobre /);
    expect(busy).not.toMatch(/2026-03-09|satisfaction/);
    expect(busy).toMatch(/termine el 9 .*2026\.$/);
    await applyLanguage('en');
    expect(sayPhrase(pace(1))).toMatch(/^Your pace for Communication is 1 change at a time/);
  });

  it('words the same codes in English', async () => {
    await applyLanguage('en');
    expect(sayPhrases([{ code: 'repair.median', params: { count: 1 } }])).toBe(
      'Half of your repairs came within 1 day.',
    );
    expect(sayPhrases([{ code: 'csi4.score', params: { total: 17 } }])).toBe(
      'Your satisfaction score is 17 of 21.',
    );
  });
});
