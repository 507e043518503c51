import { en } from './locales/en.ts';
import type { enAreas } from './locales/en-areas.ts';
import { numberFormat } from './ui/intl.ts';

/** The reference catalogue (English): the first screen's strings (en.ts) and each area's. */
type Reference = typeof en & typeof enAreas;

/** A key of the message catalogue; a typo is a type error. */
export type MessageKey = keyof Reference;

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

// English comes in parts: en.ts with the first screen, every area's strings once it has settled
// (loadAreasInEnglish). A screen loaded later (lazyPage) waits for its part or for all of them:
// see messagesReady.
let english: Partial<Catalogue> = en;

/** Adds strings to the English catalogue (and to the one in use, when that is English). */
function addEnglish(strings: Partial<Catalogue>): void {
  english = { ...english, ...strings };
  if (current === 'en') catalogue = english;
}

/** Once, and again after a failed load (the next screen's load asks once more). */
function once(load: () => Promise<void>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}

const loadAreasInEnglish = once(() => import('./locales/en-areas.ts').then((m) => addEnglish(m.enAreas)));

/**
 * A few areas' strings on their own, for a screen that is often the first one opened (the
 * check-in, the history) so that it waits for its own words and not every area's. The server's
 * sentences (`phrase.*`) are one part: which of them a screen shows is the server's choice.
 */
const ENGLISH_PARTS = {
  checkins: once(() => import('./locales/en-checkins.ts').then((m) => addEnglish(m.enCheckins))),
  credit: once(() => import('./locales/en-credit.ts').then((m) => addEnglish(m.enCredit))),
  history: once(() => import('./locales/en-history.ts').then((m) => addEnglish(m.enHistory))),
  charts: once(() => import('./locales/en-charts.ts').then((m) => addEnglish(m.enCharts))),
  phrases: once(() => import('./locales/en-phrases-all.ts').then((m) => addEnglish(m.enAllPhrases))),
};

/** An area's strings that a screen can wait for alone (lazyPage's second argument). */
export type EnglishPart = keyof typeof ENGLISH_PARTS;

/**
 * The areas' English strings once the first screen has settled, so that on a slow phone they never
 * compete with its own code and data; a screen that needs them sooner asks itself (messagesReady).
 */
function prefetchAreasLater(): void {
  if (typeof window === 'undefined') return;
  const fetchWhenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => void loadAreasInEnglish().catch(() => undefined), { timeout: 2000 })
      : void loadAreasInEnglish().catch(() => undefined);
  const later = () => setTimeout(fetchWhenIdle, 2000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/**
 * Resolves once the strings a screen shows are there: the parts it names, or else every string of
 * the language in use. A screen's code waits for it.
 */
export function messagesReady(parts?: readonly EnglishPart[]): Promise<void> {
  if (current !== 'en') return Promise.resolve();
  if (!parts) return loadAreasInEnglish();
  return Promise.all(parts.map((part) => ENGLISH_PARTS[part]())).then(() => undefined);
}

let current: Language = 'en';
let catalogue: Partial<Catalogue> = english;
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
  // A key of an area not loaded yet is written as itself (never happens on the first screen:
  // i18n-screens.test.ts; every later screen waits for messagesReady).
  const message: Message = catalogue[key] ?? english[key] ?? key;
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
  return key in catalogue || key in english;
}

/** A number in the language in use, with at most `digits` decimals (exactly, when `fixed`). */
export function formatNumber(x: number, digits = 1, fixed = false): string {
  return numberFormat(current, {
    maximumFractionDigits: digits,
    minimumFractionDigits: fixed ? digits : 0,
  }).format(x);
}

/** A share (0–1) as a percentage: "42 %" in Spanish, "42%" in English. */
export function formatPercent(x: number): string {
  return numberFormat(current, { style: 'percent', maximumFractionDigits: 0 }).format(x);
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
  // English: the first screen's part is here already; the areas' part comes later.
  if (lang === 'en') prefetchAreasLater();
  const next = lang === 'en' ? english : await LOADERS[lang]();
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
  // Screens already open need every English string at once.
  if (lang === 'en') await loadAreasInEnglish();
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
