import type { paths } from '../api/schema.d.ts';
import { formatMonth } from '../areas/checkins/format.ts';
import { domainLabel } from '../areas/couple/domain-label.ts';
import { ideaText } from '../areas/exploration/idea-words.ts';
import { isMessageKey, type MessageKey, t } from '../i18n.ts';
import { formatDay } from './dates.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** A sentence the server sends as a code with parameters (src/server/phrases.ts). */
export type Phrase = Json<
  paths['/api/checkins/from-log']['get']['responses'][200]
>['repairLatency']['phrases'][number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * Parameters as the reader writes them: a calendar day or month in their language, and a domain
 * (`domain` with `domainId`), a metric (`metric` with `metricKey`) and a reflection question
 * (`question` with `questionNumber`) and a starter idea (`idea` with `ideaId`) by the web's own words.
 */
function localParams(params: Phrase['params']): Phrase['params'] {
  const out: Phrase['params'] = {};
  for (const [k, v] of Object.entries(params))
    out[k] =
      typeof v !== 'string' ? v : DAY.test(v) ? formatDay(v, 'medium') : MONTH.test(v) ? formatMonth(v) : v;
  if (typeof params.questionNumber === 'number' && isMessageKey(`insights.q.${params.questionNumber}`))
    out.question = t(`insights.q.${params.questionNumber}` as MessageKey);
  if (typeof params.ideaId === 'string' && typeof params.idea === 'string')
    out.idea = ideaText({ id: params.ideaId, text: params.idea });
  if (typeof params.metricKey === 'string') out.metric = metricLabel(params.metricKey, String(params.metric));
  if (typeof params.domainId === 'string')
    out.domain = domainLabel({ id: params.domainId, label: String(params.domain ?? params.domainId) });
  return out;
}

/**
 * A check-in metric's name inside a sentence ("higher satisfaction"): the built-in ones from the
 * catalogue, a couple's own as they wrote it.
 */
export function metricLabel(key: string, name: string): string {
  const k = `metric.inText.${key}`;
  return isMessageKey(k) ? t(k) : name;
}

/** One phrase in the reader's language. */
export function sayPhrase(p: Phrase): string {
  return t(`phrase.${p.code}`, localParams(p.params));
}

/**
 * The server's explanation in the reader's language: each code is a whole sentence of the
 * catalogue (`phrase.<code>`; a code without an English and a Spanish sentence is a type error).
 */
export function sayPhrases(phrases: readonly Phrase[]): string {
  return phrases.map(sayPhrase).join(' ');
}
