import type { Catalogue } from '../i18n.ts';
import { esBase } from './es-base.ts';
import { esCheckins } from './es-checkins.ts';
import { esCoach } from './es-coach.ts';
import { esData } from './es-data.ts';
import { esExperiments } from './es-experiments.ts';
import { esHabits } from './es-habits.ts';

/** Spanish, complete: a key missing here is a type error (see Catalogue). */
export const es: Catalogue = {
  ...esBase,
  ...esHabits,
  ...esCheckins,
  ...esData,
  ...esExperiments,
  ...esCoach,
};
