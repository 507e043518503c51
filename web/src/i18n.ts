import { en } from './locales/en.ts';
import { enCheckins } from './locales/en-checkins.ts';
import { enData } from './locales/en-data.ts';
import { enExperiments } from './locales/en-experiments.ts';
import { enHabits } from './locales/en-habits.ts';

/** The reference catalogue with each area's additions. */
const catalogue = { ...en, ...enHabits, ...enCheckins, ...enData, ...enExperiments };

/** A key of the message catalogue; a typo is a type error. */
export type MessageKey = keyof typeof catalogue;

/**
 * The one way a user-facing string reaches the screen. English only for now; another language
 * is another catalogue with the same keys. `{name}` placeholders are filled from `vars`.
 *
 * @example t('log.byAuthor', { name: 'Lisa' }) // "by Lisa"
 */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const template: string = catalogue[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The language of the catalogue in use, for `Intl` formatting. */
export const locale = 'en';
