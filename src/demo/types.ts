import type { PlannedExperiment } from './experiment.ts';
import type { PlannedHabit } from './habits.ts';

/** The shape of the demo couple's plan (plan.ts makes it, load.ts writes it to a store). */
export type Who = 'lisa' | 'michael';
export type Kind = 'conflict' | 'repair' | 'promise' | 'appreciation' | 'gesture' | 'life_event' | 'note';

export interface PlannedEntry {
  author: Who;
  kind: Kind;
  date: string;
  text: string;
  domains: string[];
  intensity: number | null;
  visibility: 'shared' | 'private';
  /** Index of the conflict this repair resolves. */
  repairOf: number | null;
  promiseDue: string | null;
  promiseState: 'open' | 'kept' | 'broken' | null;
}

export interface PlannedCheckin {
  author: Who;
  date: string;
  satisfaction: number;
  energy: number;
  connection: number;
  conflicts: number;
  positives: number;
  note: string | null;
}

export interface GroundTruth {
  seed: number;
  start: string;
  end: string;
  lifeEvents: Array<{ name: string; date: string; stressUntil: string }>;
  effects: Array<Record<string, unknown> & { id: string; description: string }>;
}

/** The couple's anchor, kept by check-offs (one per kept day). */
export interface PlannedAnchor {
  name: string;
  cadence: { times: number; days: number };
  start: string;
  kept: string[];
}

/** A stress period opened by a life event (an index into `log`), closed when it eased. */
export interface PlannedStress {
  name: string;
  lifeEvent: number;
  from: string;
  until: string;
}

export interface DemoPlan {
  log: PlannedEntry[];
  checkins: PlannedCheckin[];
  habits: PlannedHabit[];
  experiment: PlannedExperiment;
  anchors: PlannedAnchor[];
  stress: PlannedStress[];
  truth: GroundTruth;
}
