import { type MessageKey, t } from '../../i18n.ts';
import type { CoachSuggestion } from './queries.ts';

/*
 * A suggestion in one line, in the app's language: the API sends the fields as the coach wrote
 * them, and the words around them come from here.
 */

const METRICS: Record<string, MessageKey> = {
  satisfaction: 'history.metric.satisfaction',
  energy: 'history.metric.energy',
  connection: 'history.metric.connection',
  conflicts: 'history.metric.conflicts',
  positives: 'history.metric.positives',
};
/** The check-in metrics every couple has, which the coach's form offers. */
export const BUILT_IN_METRICS = Object.keys(METRICS);
export const metricName = (key: string) => (METRICS[key] ? t(METRICS[key]) : key);

type Said = Pick<CoachSuggestion, 'kind' | 'fields'>;

export function suggestionLine(s: Said): string {
  const f = s.fields as Record<string, unknown>;
  const text = (k: string) => String(f[k] ?? '');
  switch (s.kind) {
    case 'habit':
      return t('coach.suggestion.habit', { cue: text('cue'), action: text('action') });
    case 'ritual':
      return t('coach.suggestion.ritual', {
        title: text('title'),
        cadence: t(`ritualForm.cadence.${text('cadence') as 'daily'}`),
      });
    case 'experiment':
      return t('coach.suggestion.experiment', { title: text('title'), metric: metricName(text('metric')) });
    case 'idea':
      return t('coach.suggestion.idea', { text: text('text') });
  }
}
