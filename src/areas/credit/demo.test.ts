import { describe, expect, it } from 'vitest';
import { planDemo } from '../../demo/plan.ts';
import { findLoops } from '../log/loops.ts';
import { demoRows } from './demo-rows.ts';
import { scanCredit } from './hints.ts';

/*
 * The demo couple, over several seeds and from both partners' views: the planted lag-1 effect
 * (Michael's appreciations → Lisa's next-day satisfaction), the recurring dishes conflict and the
 * reward-hacking cycle are found, and not much else. The measured counts are printed.
 */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('credit and loops on the demo couple', () => {
  const found: string[] = [];
  for (const seed of SEEDS) {
    const plan = planDemo(seed, '2026-11-30');
    for (const viewer of ['lisa', 'michael'] as const) {
      it(`seed ${seed}, as ${viewer}`, () => {
        const rows = demoRows(plan, viewer);
        const scan = scanCredit(rows);
        const planted = scan.hints.find(
          (h) =>
            'kind' in h.action &&
            h.action.who === 'michael' &&
            h.action.kind === 'appreciation' &&
            h.outcome.who === 'lisa' &&
            h.outcome.metric === 'satisfaction',
        );
        expect(planted?.lagDays).toBe(1);
        expect(planted!.effect).toBeGreaterThan(0.4);
        expect(planted!.effectInterval.lower).toBeLessThan(1);
        expect(planted!.effectInterval.upper).toBeGreaterThan(1 * 0.8);
        // "Not much else": at most one other hint (about 5 in 100 discoveries may be chance).
        const others = scan.hints.filter((h) => h !== planted);
        expect(others.length, others.map((h) => h.key).join()).toBeLessThanOrEqual(1);

        const loops = findLoops(
          rows.log.map((e) => ({
            id: e.id,
            author: e.author,
            kind: e.kind,
            date: e.date,
            text: e.text,
            domains: e.domains,
            repairOf: e.repairOfId,
            promiseDue: e.promiseDue,
            promiseState: e.promiseState,
          })),
          rows.checkins.map((c) => ({
            author: c.author,
            date: c.date,
            connection: c.values.connection ?? null,
            satisfaction: c.values.satisfaction ?? null,
          })),
        );
        expect(loops.map((l) => `${l.type}:${l.topic}`).sort()).toEqual([
          'recurring-conflict:dishes',
          'reward-hacking-cycle:conflict-repair-closeness',
        ]);
        const cycle = loops.find((l) => l.type === 'reward-hacking-cycle');
        const c = cycle?.type === 'reward-hacking-cycle' ? cycle : null;
        found.push(
          `seed ${seed} ${viewer}: ${scan.hints.length} hint(s), ${others.length} besides the planted; loops ${loops.length}; cycle ${c?.episodes.length} of ${c?.repaired} repairs (${c?.relief} relief), ordinary ${c?.ordinary}`,
        );
      });
    }
  }
  it('prints what was found', () => {
    console.log(found.join('\n'));
    expect(found).toHaveLength(SEEDS.length * 2);
  });
});
