import { isMessageKey, t } from '../../i18n.ts';

/**
 * A domain's name for the reader. The four every couple starts with are named by the web app's
 * catalogue (the server stores their English names); a couple's own domains keep their words.
 */
export function domainLabel(domain: { id: string; label: string }): string {
  const key = `domain.${domain.id}`;
  return isMessageKey(key) ? t(key) : domain.label;
}
