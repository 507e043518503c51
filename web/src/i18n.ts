import { en } from './locales/en.ts';
import { enAlignment } from './locales/en-alignment.ts';
import { enAnchors } from './locales/en-anchors.ts';
import { enCharts } from './locales/en-charts.ts';
import { enCheckins } from './locales/en-checkins.ts';
import { enCoach } from './locales/en-coach.ts';
import { enCredit } from './locales/en-credit.ts';
import { enData } from './locales/en-data.ts';
import { enExperiments } from './locales/en-experiments.ts';
import { enExploration } from './locales/en-exploration.ts';
import { enHabits } from './locales/en-habits.ts';
import { enHistory } from './locales/en-history.ts';
import { enIdeas } from './locales/en-ideas.ts';
import { enImport } from './locales/en-import.ts';
import { enPhrases } from './locales/en-phrases.ts';
import { enPhrasesAreas } from './locales/en-phrases-areas.ts';
import { enReminders } from './locales/en-reminders.ts';

/** The reference catalogue (English) with each area's additions. */
export const reference = {
  ...en,
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
  ...enPhrases,
  ...enPhrasesAreas,
  ...enImport,
  ...enIdeas,
  ...enCoach,
};

/** A key of the message catalogue; a typo is a type error. */
export type MessageKey = keyof typeof reference;

/**
 * A message that depends on a number: one form per CLDR plural category the language uses
 * (English: one, other; Spanish: one, many, other). `{count}` picks the form.
 */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | Plural;

/** Another language: every key of the reference, no more, no less (a missing one is a type error). */
export type Catalogue = { readonly [K in MessageKey]: Message };

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

// Other languages load on demand: English readers never download them.
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  es: () => import('./locales/es.ts').then((m) => m.es),
};

const STORAGE_KEY = 'attune.language';

let current: Language = 'en';
let catalogue: Catalogue = reference;
let plurals = new Intl.PluralRules('en');
let numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** The language in use, for `Intl` formatting (dates, numbers, lists). */
export function locale(): Language {
  return current;
}

/**
 * The one way a user-facing string reaches the screen. `{name}` placeholders are filled from
 * `vars`; numbers are written the language's way (1,5 in Spanish); a plural message picks its
 * form by `count` with the language's own rules (Intl.PluralRules).
 *
 * @example t('log.byAuthor', { name: 'Lisa' }) // "by Lisa"
 * @example t('log.count', { count: 1 }) // "1 entry shown."
 */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const message: Message = catalogue[key] ?? reference[key];
  const template = typeof message === 'string' ? message : pick(message, vars?.count);
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

function pick(message: Plural, count: string | number | undefined): string {
  const n = typeof count === 'number' ? count : Number(count);
  if (Number.isNaN(n)) return message.other;
  return message[plurals.select(n)] ?? message.other;
}

/** Whether the catalogue has `key` (for keys built from a server's code). */
export function isMessageKey(key: string): key is MessageKey {
  return key in reference;
}

/** A number in the language in use, with at most `digits` decimals (exactly, when `fixed`). */
export function formatNumber(x: number, digits = 1, fixed = false): string {
  return new Intl.NumberFormat(current, {
    maximumFractionDigits: digits,
    minimumFractionDigits: fixed ? digits : 0,
  }).format(x);
}

/** A share (0–1) as a percentage: "42 %" in Spanish, "42%" in English. */
export function formatPercent(x: number): string {
  return new Intl.NumberFormat(current, { style: 'percent', maximumFractionDigits: 0 }).format(x);
}

/** The chosen language, else the first of the browser's languages attune speaks, else English. */
export function preferredLanguage(): Language {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** Makes `lang` the language in use (loading its catalogue first) and tells the page. */
export async function applyLanguage(lang: Language): Promise<void> {
  const next = lang === 'en' ? reference : await LOADERS[lang]();
  catalogue = next;
  current = lang;
  plurals = new Intl.PluralRules(lang);
  numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const listener of listeners) listener(lang);
}

/** The person's choice in settings: remembered on this device, applied at once. */
export async function chooseLanguage(lang: Language): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, lang);
  await applyLanguage(lang);
}

const listeners = new Set<(lang: Language) => void>();

/** For the root: re-render everything when the language changes. */
export function onLanguageChange(listener: (lang: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
