import type { Catalogue } from '../i18n.ts';
import { esAlignment } from './es-alignment.ts';
import { esAnchors } from './es-anchors.ts';
import { esBase } from './es-base.ts';
import { esCharts } from './es-charts.ts';
import { esCheckins } from './es-checkins.ts';
import { esCoach } from './es-coach.ts';
import { esCoachSuggest } from './es-coach-suggest.ts';
import { esCredit } from './es-credit.ts';
import { esData } from './es-data.ts';
import { esExperiments } from './es-experiments.ts';
import { esExploration } from './es-exploration.ts';
import { esHabits } from './es-habits.ts';
import { esHistory } from './es-history.ts';
import { esIdeas } from './es-ideas.ts';
import { esImport } from './es-import.ts';
import { esLock } from './es-lock.ts';
import { esPhrases } from './es-phrases.ts';
import { esPhrasesAreas } from './es-phrases-areas.ts';
import { esPhrasesInsights } from './es-phrases-insights.ts';
import { esRefusals } from './es-refusals.ts';
import { esReminders } from './es-reminders.ts';

/** Spanish, complete: a key missing here is a type error (see Catalogue). */
export const es: Catalogue = {
  ...esBase,
  ...esHabits,
  ...esCheckins,
  ...esData,
  ...esExperiments,
  ...esReminders,
  ...esAnchors,
  ...esExploration,
  ...esCredit,
  ...esCharts,
  ...esHistory,
  ...esAlignment,
  ...esPhrases,
  ...esPhrasesAreas,
  ...esPhrasesInsights,
  ...esRefusals,
  ...esImport,
  ...esIdeas,
  ...esCoach,
  ...esLock,
  ...esCoachSuggest,
};
