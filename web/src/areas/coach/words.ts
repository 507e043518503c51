import { formatNumber, isMessageKey, type MessageKey, t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import type { Prep } from './queries.ts';

/*
 * The coach screens' words for the server's codes (statuses, verdicts, changes), so every one
 * reads in the app's language.
 */

const METRICS: Record<string, MessageKey> = {
  satisfaction: 'coach.digest.metric.satisfaction',
  connection: 'coach.digest.metric.connection',
  energy: 'coach.digest.metric.energy',
};
const VERDICTS: Record<string, MessageKey> = {
  helps: 'experiments.verdict.helps',
  hurts: 'experiments.verdict.hurts',
  'not enough evidence': 'experiments.verdict.none',
};

// An unknown status shows as sent rather than as a missing key.
const known = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);

export const metricWord = (m: string) => (METRICS[m] ? t(METRICS[m]) : m);
export const verdictWord = (v: string) => (VERDICTS[v] ? t(VERDICTS[v]) : v);
export const anchorStatusWord = (s: string) => known(`coach.anchorStatus.${s}`, s);
export const experimentStatusWord = (s: string) => known(`coach.experimentStatus.${s}`, s);
export const habitStatusWord = (s: string) => known(`coach.habitStatus.${s}`, s);

export function changeWords(c: Prep['changes'][number]): string {
  switch (c.kind) {
    case 'trend':
      // "6.5 → 7" from the server: each number written the reader's way.
      return t('coach.change.trend', {
        subject: metricWord(c.subject),
        detail: c.detail
          .split(' → ')
          .map((x) => (Number.isNaN(Number(x)) ? x : formatNumber(Number(x))))
          .join(' → '),
      });
    case 'experiment_started':
      return t('coach.change.experiment_started', {
        subject: c.subject,
        detail: formatDay(c.detail, 'medium'),
      });
    case 'experiment_ended':
      return t('coach.change.experiment_ended', { subject: c.subject, detail: verdictWord(c.detail) });
    case 'habit_status':
      return t('coach.change.habit_status', { subject: c.subject, detail: habitStatusWord(c.detail) });
    default:
      return t(`coach.change.${c.kind}`, { subject: c.subject, detail: c.detail });
  }
}
