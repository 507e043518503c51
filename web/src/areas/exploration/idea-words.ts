import { isMessageKey, t } from '../../i18n.ts';

/** An idea's words: a starter idea from the catalogue (its English is the server's), a couple's own as written. */
export function ideaText(idea: { id: string; text: string }): string {
  const key = `idea.${idea.id}`;
  return isMessageKey(key) ? t(key) : idea.text;
}
