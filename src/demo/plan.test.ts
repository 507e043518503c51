import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { fitAutomaticity } from '../stats/automaticity.ts';
import { laggedCredit } from '../stats/lagged.ts';
import { lapseHistory } from '../stats/lapse.ts';
import { analyzeExperiment } from '../stats/single-case.ts';
import { planDemo } from './plan.ts';

const END = '2026-11-23';

function days(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('planDemo', () => {
  it('is reproducible from its seed, and another seed gives another couple', () => {
    expect(JSON.stringify(planDemo(11, END))).toBe(JSON.stringify(planDemo(11, END)));
    expect(JSON.stringify(planDemo(12, END))).not.toBe(JSON.stringify(planDemo(11, END)));
  });

  it('spans three years with missing days, links every repair to an earlier conflict, and keeps values in range', () => {
    const plan = planDemo(5, END);
    expect(plan.truth.start).toBe(addDays(END, -1094));
    const perPerson = plan.checkins.filter((c) => c.author === 'lisa').length;
    expect(perPerson).toBeGreaterThan(700);
    expect(perPerson).toBeLessThan(1095); // some days are missing, never filled in
    for (const c of plan.checkins) {
      for (const v of [c.satisfaction, c.energy, c.connection])
        expect(v >= 0 && v <= 10 && Number.isInteger(v)).toBe(true);
    }
    for (const e of plan.log.filter((x) => x.kind === 'repair')) {
      const c = plan.log[e.repairOf!]!;
      expect(c.kind).toBe('conflict');
      expect(c.date <= e.date).toBe(true);
    }
  });

  // The planted effects must be recoverable by attune's own statistics, or the demo cannot judge them.
  it('plants an appreciation effect that the lagged credit analysis finds at lag 1 (and not at lag 3)', () => {
    const plan = planDemo(2, END);
    const all = days(plan.truth.start, plan.truth.end);
    const index = new Map(all.map((d, i) => [d, i]));
    const appreciations: number[] = all.map(() => 0);
    for (const e of plan.log)
      if (e.author === 'michael' && e.kind === 'appreciation') appreciations[index.get(e.date)!]!++;
    const satisfaction: (number | null)[] = all.map(() => null);
    for (const c of plan.checkins) if (c.author === 'lisa') satisfaction[index.get(c.date)!] = c.satisfaction;
    const result = laggedCredit({ appreciations }, { satisfaction }, { maxLag: 3, seed: 1 });
    const lag = (l: number) => result.tests.find((t) => t.lag === l)!;
    expect(lag(1).discovery).toBe(true);
    expect(lag(1).slope!).toBeGreaterThan(0.5);
    expect(lag(3).discovery).toBe(false);
  });

  it('plants an ABAB experiment with drawn phase starts that the single-case analysis calls "helps"', () => {
    const plan = planDemo(2, END);
    const effect = plan.truth.effects.find((e) => e.id === 'experiment-phones-away')!;
    const phases = plan.experiment.phases;
    expect(effect.schedule).toEqual(plan.experiment.schedule);
    expect(plan.experiment.schedule.reduce((s, l) => s + l, 0)).toBe(56);
    // One row per day; a day without a check-in stays in its phase as null.
    const rows = phases.flatMap((p, i) =>
      days(p.start, p.end).map((date) => {
        const c = plan.checkins.find((x) => x.author === 'lisa' && x.date === date);
        return { phase: `${p.condition}${Math.floor(i / 2) + 1}`, value: c ? c.connection : null };
      }),
    );
    // The p-value's premise is the rule the phase starts were drawn with.
    const result = analyzeExperiment(rows, { seed: 1, minPhase: plan.experiment.minPhase });
    expect(result.randomization!.premise).toMatch(/drawn at random.*at least 7 days/);
    expect(result.verdict).toBe('helps');
    // Without the rule there is no p-value and no verdict beyond "not enough evidence".
    expect(analyzeExperiment(rows, { seed: 1 }).verdict).toBe('not enough evidence');
  });

  it('plants the reward-hacking cycle and the date-night lapse in the baby months', () => {
    const plan = planDemo(4, END);
    const cycle = plan.truth.effects.find((e) => e.id === 'reward-hacking-cycle')!;
    expect((cycle.cycles as number) / (cycle.conflicts as number)).toBeGreaterThan(0.55);
    const anchor = plan.truth.effects.find((e) => e.id === 'anchor-date-night-lapse')!;
    expect((anchor.keptInBaby as number) / (anchor.expectedInBaby as number)).toBeLessThan(0.3);
    expect((anchor.kept as number) / (anchor.expected as number)).toBeGreaterThan(0.6);
  });
});

describe('the demo habits', () => {
  it('plant an automaticity curve that the Lally fit recovers, within its noise', () => {
    const plan = planDemo(3, END);
    const truth = plan.truth.effects.find((e) => e.id === 'habit-automaticity')!;
    const morning = plan.habits.find((h) => h.action === truth.habit)!;
    const points = morning.srbai.map((s) => ({
      day: Math.round((Date.parse(s.date) - Date.parse(morning.start)) / 86_400_000),
      srbai: s.items.reduce((a, b) => a + b, 0) / s.items.length,
    }));
    const fit = fitAutomaticity(points);
    expect(fit.status).toBe('fitted');
    if (fit.status !== 'fitted') return;
    expect(Math.abs(fit.day95 - (truth.dayOf95 as number))).toBeLessThan(35);
    expect(fit.a).toBeGreaterThan(6);
  });

  it('has a retired habit with its reason, and no check-off before a habit starts', () => {
    const plan = planDemo(3, END);
    expect(plan.habits.some((h) => h.status === 'retired' && h.statusReason)).toBe(true);
    for (const h of plan.habits) for (const d of [...h.done, ...h.skipped]) expect(d >= h.start).toBe(true);
  });
});

describe('the demo anchor', () => {
  it('flags the date-night lapse in the baby months within two weeks of its start, for every seed tried', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const plan = planDemo(seed, END);
      const truth = plan.truth.effects.find((e) => e.id === 'anchor-date-night-lapse')!;
      const from = truth.lapseFrom as string;
      const [anchor] = plan.anchors;
      const { lapses } = lapseHistory(
        { ...anchor!.cadence, start: anchor!.start, keptDates: anchor!.kept },
        END,
      );
      const hit = lapses.find((l) => l.flaggedOn >= from && l.flaggedOn <= addDays(from, 14));
      expect(hit, `seed ${seed}: ${JSON.stringify(lapses)}`).toBeDefined();
      expect(hit!.from <= from && hit!.from > addDays(from, -14)).toBe(true);
    }
  });

  it('opens a stress period from each life event', () => {
    const plan = planDemo(6, END);
    expect(plan.stress.map((s) => plan.log[s.lifeEvent]!.kind)).toEqual(['life_event', 'life_event']);
    expect(plan.stress[0]!.from).toBe(plan.truth.lifeEvents[0]!.date);
  });
});
