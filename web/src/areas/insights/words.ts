import { isMessageKey, t } from '../../i18n.ts';
import { type Phrase, sayPhrases } from '../../ui/phrases.ts';
import { domainLabel } from '../couple/domain-label.ts';

/** A reflection question in the reader's language, by its number (the server's text is English). */
export function questionText(n: number, english: string): string {
  const key = `insights.q.${n}`;
  return isMessageKey(key) ? t(key) : english;
}

export function questionHint(n: number, english: string): string {
  const key = `insights.qHint.${n}`;
  return isMessageKey(key) ? t(key) : english;
}

/** A stick-rate row's value (a domain, a size, whose idea…) in the reader's language. */
export function groupValue(dimension: string, value: string): string {
  if (dimension === 'domain') return domainLabel({ id: value, label: value });
  const key = `insights.value.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

/**
 * One line of the monthly report. "What happened" lists the annotations by the web app's own
 * titles (sayPhrase words the question itself, from its number).
 */
export function reportLine(line: readonly Phrase[], titles: readonly string[]): string {
  return sayPhrases(
    line.map((p) => {
      if (p.code === 'report.happened') return { ...p, params: { ...p.params, list: titles.join('; ') } };
      return p;
    }),
  );
}

/** What a failure analysis found missing, by its key. */
export function factorName(key: 'cue' | 'reward' | 'size' | 'timing' | 'partner_response'): string {
  return t(key === 'partner_response' ? 'insights.factor.partnerResponse' : `insights.factor.${key}`);
}
