import type { paths } from '../api/schema.d.ts';
import { t } from '../i18n.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** A sentence the server sends as a code with parameters (src/server/phrases.ts). */
export type Phrase = Json<
  paths['/api/checkins/from-log']['get']['responses'][200]
>['repairLatency']['phrases'][number];

/**
 * The server's explanation in the reader's language: each code is a whole sentence of the
 * catalogue (`phrase.<code>`; a code without an English and a Spanish sentence is a type error).
 */
export function sayPhrases(phrases: readonly Phrase[]): string {
  return phrases.map((p) => t(`phrase.${p.code}`, p.params)).join(' ');
}
