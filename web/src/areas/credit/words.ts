import { type MessageKey, t } from '../../i18n.ts';
import type { Hint } from './queries.ts';

/*
 * A hint in the reader's language, from its fields (the server's `text` is English, for the
 * report): who did what, what followed, when, how much, and how often such hints are chance.
 */

const BUILT_IN = ['satisfaction', 'energy', 'connection'] as const;

export function actionPhrase(a: Hint['action']): string {
  const who = a.who === 'me' ? 'me' : 'partner';
  if (a.habit) return t(`credit.act.habit.${who}`, { name: a.name, label: a.habit.label });
  if (a.ritual) return t(`credit.act.ritual.${who}`, { name: a.name, label: a.ritual.label });
  const kind = (['appreciation', 'gesture', 'promise'] as const).find((k) => k === a.kind) ?? 'gesture';
  return t(`credit.act.${kind}.${who}` as MessageKey, { name: a.name });
}

export function outcomePhrase(o: Hint['outcome']): string {
  const builtIn = BUILT_IN.find((m) => m === o.metric);
  const metric = builtIn ? t(`credit.metric.${builtIn}`) : o.label;
  return t(o.who === 'me' ? 'credit.out.me' : 'credit.out.partner', { metric, name: o.name });
}

export function whenPhrase(lag: number): string {
  return lag === 0
    ? t('credit.when.same')
    : lag === 1
      ? t('credit.when.next')
      : t('credit.when.later', { count: lag });
}

const one = (x: number) => Math.abs(x).toFixed(1);

export function hintSentence(h: Hint): string {
  return t(h.effect > 0 ? 'credit.hint.higher' : 'credit.hint.lower', {
    action: actionPhrase(h.action),
    outcome: outcomePhrase(h.outcome),
    when: whenPhrase(h.lagDays),
    effect: one(h.effect),
    low: one(Math.min(Math.abs(h.effectInterval.lower), Math.abs(h.effectInterval.upper))),
    high: one(Math.max(Math.abs(h.effectInterval.lower), Math.abs(h.effectInterval.upper))),
  });
}
