import { drawSchedule, minPhaseFor, type PhaseSpan, phasesOf } from '../areas/experiments/rules.ts';
import { addDays } from '../dates.ts';
import { createRng } from '../stats/random.ts';
import type { Who } from './types.ts';

export interface PlannedExperiment {
  title: string;
  seed: number;
  minPhase: number;
  schedule: number[];
  phases: PhaseSpan[];
  /** Both partners tap whether they kept to each day's plan, on about 90 % of days. */
  adherence: Array<{ who: Who; date: string; done: boolean }>;
}

/** The phones-away experiment's drawn schedule, from its own seed (derived from the demo's). */
export function planExperiment(seed: number, start: string): PlannedExperiment {
  const drawSeed = createRng(seed + 2).int(2 ** 31 - 1) + 1;
  const minPhase = minPhaseFor(14, 0, true);
  const schedule = drawSchedule('ABAB', 14, minPhase, drawSeed);
  return {
    title: 'Phones away at dinner',
    seed: drawSeed,
    minPhase,
    schedule,
    phases: phasesOf('ABAB', start, schedule),
    adherence: [],
  };
}

export function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
