import { enAlignment } from './en-alignment.ts';
import { enAnchors } from './en-anchors.ts';
import { enCharts } from './en-charts.ts';
import { enCheckins } from './en-checkins.ts';
import { enCoach } from './en-coach.ts';
import { enCoachSuggest } from './en-coach-suggest.ts';
import { enCredit } from './en-credit.ts';
import { enData } from './en-data.ts';
import { enExperiments } from './en-experiments.ts';
import { enExploration } from './en-exploration.ts';
import { enHabits } from './en-habits.ts';
import { enHistory } from './en-history.ts';
import { enIdeas } from './en-ideas.ts';
import { enImport } from './en-import.ts';
import { enAllPhrases } from './en-phrases-all.ts';
import { enReminders } from './en-reminders.ts';

/**
 * Each area's English strings, one chunk loaded once the first screen has settled rather than
 * inside it (i18n.ts): the first screen's own strings are in en.ts. Every later screen waits for it.
 */
export const enAreas = {
  ...enHabits,
  ...enCheckins,
  ...enData,
  ...enExperiments,
  ...enAnchors,
  ...enExploration,
  ...enReminders,
  ...enCredit,
  ...enCharts,
  ...enHistory,
  ...enAlignment,
  ...enAllPhrases,
  ...enImport,
  ...enIdeas,
  ...enCoach,
  ...enCoachSuggest,
};
