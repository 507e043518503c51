import { addDays } from '../dates.ts';
import type { Rng } from '../stats/random.ts';
import type { Who } from './types.ts';

/** A habit of the demo couple, with every day it was done or skipped and its SRBAI answers. */
export interface PlannedHabit {
  owner: Who;
  domain: string;
  cue: string;
  action: string;
  reward: string;
  schedule: { kind: 'daily' | 'times'; times: number; days: number };
  start: string;
  status: 'active' | 'retired';
  statusReason: string | null;
  statusSince: string;
  done: string[];
  skipped: string[];
  /** Weekly SRBAI answers (four items, 1–7). */
  srbai: Array<{ date: string; items: number[] }>;
}

const clamp7 = (x: number) => Math.max(1, Math.min(7, Math.round(x)));

/**
 * Two habits that stick and one that did not. Michael's morning question follows the Lally et al.
 * (2010) curve: automaticity 6.5 − 5.5·e^(−day/40) plus noise, so the curve reaches 95 % of its
 * plateau after 40·ln(5.5 / (0.05 · 6.5)) ≈ 113 days.
 */
export function planHabits(
  rng: Rng,
  start: string,
  end: string,
  stressOf: (date: string) => number,
): { habits: PlannedHabit[]; truth: Record<string, unknown> } {
  const morning: PlannedHabit = {
    owner: 'michael',
    domain: 'communication',
    cue: 'After I pour the morning coffee',
    action: 'I ask Lisa how she slept',
    reward: 'The first sip, sitting down',
    schedule: { kind: 'daily', times: 1, days: 1 },
    start: addDays(start, 30),
    status: 'active',
    statusReason: null,
    statusSince: addDays(start, 30),
    done: [],
    skipped: [],
    srbai: [],
  };
  const evening: PlannedHabit = {
    owner: 'lisa',
    domain: 'communication',
    cue: 'After we clear the dinner table',
    action: 'I tell Michael one thing I appreciated today',
    reward: 'A square of dark chocolate',
    schedule: { kind: 'times', times: 5, days: 7 },
    start: addDays(start, 200),
    status: 'active',
    statusReason: null,
    statusSince: addDays(start, 200),
    done: [],
    skipped: [],
    srbai: [],
  };
  const phones: PlannedHabit = {
    owner: 'lisa',
    domain: 'logistics',
    cue: 'When we sit down for dinner',
    action: 'I put both phones in the drawer',
    reward: 'Michael’s thanks',
    schedule: { kind: 'daily', times: 1, days: 1 },
    start: addDays(start, 600),
    status: 'retired',
    statusReason: 'Too much at once with the job search; we will try again later',
    statusSince: addDays(start, 660),
    done: [],
    skipped: [],
    srbai: [],
  };
  for (let d = 0; ; d++) {
    const date = addDays(start, d);
    if (date > end) break;
    const stress = stressOf(date);
    if (date >= morning.start) {
      if (stress > 0 && rng.next() < 0.1) morning.skipped.push(date);
      else if (rng.next() < 0.9 - 0.4 * stress) morning.done.push(date);
      const day = Math.round((Date.parse(date) - Date.parse(morning.start)) / 86_400_000);
      if (day % 7 === 0) {
        const level = 6.5 - 5.5 * Math.exp(-day / 40);
        morning.srbai.push({ date, items: [0, 1, 2, 3].map(() => clamp7(level + 0.5 * rng.normal())) });
      }
    }
    if (date >= evening.start && rng.next() < 0.72 - 0.3 * stress) evening.done.push(date);
    if (date >= phones.start && date < phones.statusSince && rng.next() < 0.45) phones.done.push(date);
  }
  return {
    habits: [morning, evening, phones],
    truth: {
      id: 'habit-automaticity',
      description:
        'Michael’s morning question becomes automatic along the Lally curve: plateau 6.5 of 7, 95 % of it after about 113 days.',
      habit: morning.action,
      model: 'srbai = 6.5 − 5.5 · exp(−day / 40) + noise (each item, rounded to 1–7)',
      dayOf95: Math.round(40 * Math.log(5.5 / (0.05 * 6.5))),
    },
  };
}
