/**
 * The date grammar shared by every importer: ISO (`2023-04-12`, `2023/04/12`), numeric
 * (`4/12/2023`, `12.04.23`) whose day/month order is decided per file, and month names
 * (`April 12, 2023`, `12 April 2023`, `Apr 12 2023`), each with an optional weekday.
 */
import { type Phrase, phrase } from '../server/phrases.ts';
import type { DateOrder } from './types.ts';

/** A date as read, before the file's numeric order is known. */
export type RawDate =
  | { kind: 'ymd'; y: number; m: number; d: number }
  /** `a/b/y`: which of a and b is the month is decided per file. */
  | { kind: 'numeric'; a: number; b: number; y: number }
  /** A month name and day without a year (`April 12`): the year comes from context. */
  | { kind: 'md'; m: number; d: number }
  /** Plainly meant as a date but impossible or misspelled. */
  | { kind: 'bad'; message: string };

export interface DateMatch {
  raw: RawDate;
  /** Characters of the input the date (and its weekday) used. */
  length: number;
  /** A month-name date written without a year. */
  yearless: boolean;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAMES = ['', ...MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1))];

const WEEKDAY =
  /^(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+/i;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\p{L}\p{N}])/u;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\p{L}\p{N}])/u;
const NAMED_MDY = /^(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\p{L}\p{N}])/u;
const NAMED_DMY = /^(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,10})\.?(?:,?\s+(\d{4}))?(?![\p{L}\p{N}])/u;

/** Month number for a name or abbreviation (`Apr`, `Sept`), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  if (w === 'sept') return 9;
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  if (w.length === 3) {
    const abbr = MONTHS.findIndex((m) => m.startsWith(w));
    if (abbr >= 0) return abbr + 1;
  }
  return 0;
}

/** A word that is probably a misspelled month (`Aprl`, `Febuary`): close to a month's name. */
export function looksLikeMonth(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 3 || monthNumber(w) > 0) return false;
  const limit = w.length <= 3 ? 1 : 2;
  return MONTHS.some(
    (m) => editDistance(w, m) <= limit || editDistance(w, m.slice(0, 3)) <= (w.length <= 4 ? 1 : 0),
  );
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function formatYmd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Why y-m-d is not a date, in plain words. */
export function whyInvalid(y: number, m: number, d: number): string {
  if (m < 1 || m > 12) return `there is no month ${m}`;
  return `${MONTH_NAMES[m]} ${y} has ${daysInMonth(y, m)} days, so there is no day ${d}`;
}

function ymd(y: number, m: number, d: number): RawDate {
  return isValidYmd(y, m, d) ? { kind: 'ymd', y, m, d } : { kind: 'bad', message: whyInvalid(y, m, d) };
}

/**
 * Reads a date at the very start of `s` (after an optional weekday).
 * Returns null when `s` does not start with anything meant as a date; a `bad` date when it
 * plainly does but the date is impossible (`2023-02-30`) or the month misspelled (`Aprl 12, 2023`).
 *
 * @example matchDateAtStart('Wed, Apr 12, 2023: fight') // { raw: { kind: 'ymd', y: 2023, m: 4, d: 12 }, length: 18 }
 */
export function matchDateAtStart(s: string): DateMatch | null {
  const wd = WEEKDAY.exec(s);
  const offset = wd ? wd[0].length : 0;
  const body = offset ? s.slice(offset) : s;
  const first = body.charCodeAt(0);
  if (Number.isNaN(first)) return null;
  const startsWithDigit = first >= 48 && first <= 57;
  if (startsWithDigit) {
    const iso = ISO.exec(body);
    if (iso)
      return { raw: ymd(+iso[1]!, +iso[2]!, +iso[3]!), length: offset + iso[0].length, yearless: false };
    const num = NUMERIC.exec(body);
    if (num) {
      const a = +num[1]!;
      const b = +num[2]!;
      const y = num[3]!.length === 2 ? 2000 + +num[3]! : +num[3]!;
      const raw: RawDate =
        numericAs(a, b, y, 'month-first') || numericAs(a, b, y, 'day-first')
          ? { kind: 'numeric', a, b, y }
          : { kind: 'bad', message: `neither ${a} nor ${b} can be the month with the other as its day` };
      return { raw, length: offset + num[0].length, yearless: false };
    }
    const dmy = NAMED_DMY.exec(body);
    if (dmy) return named(dmy[2]!, +dmy[1]!, dmy[3], offset + dmy[0].length);
    return null;
  }
  const mdy = NAMED_MDY.exec(body);
  if (mdy) return named(mdy[1]!, +mdy[2]!, mdy[3], offset + mdy[0].length);
  return null;
}

function named(word: string, d: number, year: string | undefined, length: number): DateMatch | null {
  const m = monthNumber(word);
  if (m === 0) {
    if (!looksLikeMonth(word)) return null;
    const raw: RawDate = { kind: 'bad', message: `"${word}" is not a month name (a misspelling?)` };
    return { raw, length, yearless: year === undefined };
  }
  if (year === undefined) {
    // Without a year, only the day can be checked now (29 February is judged once the year is known).
    if (d < 1 || d > daysInMonth(2024, m)) return { raw: ymd(2024, m, d), length, yearless: true };
    return { raw: { kind: 'md', m, d }, length, yearless: true };
  }
  return { raw: ymd(+year, m, d), length, yearless: false };
}

/** The date a numeric `a/b/y` means under `order`, or null if impossible. */
export function numericAs(a: number, b: number, y: number, order: DateOrder): string | null {
  const [m, d] = order === 'month-first' ? [a, b] : [b, a];
  return isValidYmd(y, m, d) ? formatYmd(y, m, d) : null;
}

/** A numeric date seen in a file, kept to decide the file's order. */
export interface NumericSighting {
  line: number;
  text: string;
  a: number;
  b: number;
  y: number;
}

export interface OrderDecision {
  dateOrder: DateOrder | 'unambiguous';
  /** The order numeric dates are read with (provisional when `needsDateOrder`). */
  readAs: DateOrder;
  reason: string;
  /** The same as phrase codes, for the web app to word. */
  reasonPhrases: Phrase[];
  needsDateOrder: boolean;
  /** When `needsDateOrder`: the first line whose date the order would change. */
  firstAmbiguous: NumericSighting | null;
}

const quote = (s: NumericSighting) =>
  `line ${s.line}: “${s.text.length > 40 ? `${s.text.slice(0, 39)}…` : s.text}”`;

/**
 * Decides how a file's numeric dates read, from the file itself: a first number above 12 is
 * evidence for day-first, a second number above 12 for month-first. The order most valid dates
 * support wins; an explicit `chosen` order wins over everything.
 */
export function decideDateOrder(sightings: NumericSighting[], chosen?: DateOrder): OrderDecision {
  const dayOnly = sightings.filter(
    (s) => numericAs(s.a, s.b, s.y, 'day-first') && !numericAs(s.a, s.b, s.y, 'month-first'),
  );
  const monthOnly = sightings.filter(
    (s) => numericAs(s.a, s.b, s.y, 'month-first') && !numericAs(s.a, s.b, s.y, 'day-first'),
  );
  const ambiguous = sightings.filter(
    (s) => numericAs(s.a, s.b, s.y, 'month-first') && numericAs(s.a, s.b, s.y, 'day-first'),
  );
  const at = (s: NumericSighting) => ({
    line: s.line,
    text: s.text.length > 40 ? `${s.text.slice(0, 39)}…` : s.text,
  });
  const againstPhrase = (order: DateOrder): Phrase[] => {
    const other = order === 'day-first' ? monthOnly : dayOnly;
    return other.length === 0 ? [] : [phrase('dateOrder.against', { count: other.length, ...at(other[0]!) })];
  };
  const against = (order: DateOrder) => {
    const other = order === 'day-first' ? monthOnly : dayOnly;
    return other.length === 0
      ? ''
      : ` ${other.length} date(s) only make sense the other way (first: ${quote(other[0]!)}); they are errors.`;
  };
  if (chosen) {
    return {
      dateOrder: chosen,
      readAs: chosen,
      reason: `You chose ${chosen} dates.${against(chosen)}`,
      reasonPhrases: [
        phrase(chosen === 'day-first' ? 'dateOrder.chosenDay' : 'dateOrder.chosenMonth'),
        ...againstPhrase(chosen),
      ],
      needsDateOrder: false,
      firstAmbiguous: null,
    };
  }
  if (dayOnly.length > monthOnly.length) {
    return {
      dateOrder: 'day-first',
      readAs: 'day-first',
      reason: `${dayOnly.length} date(s) have a first number above 12 (first: ${quote(dayOnly[0]!)}), so the day comes first.${against('day-first')}`,
      reasonPhrases: [
        phrase('dateOrder.dayFirst', { count: dayOnly.length, ...at(dayOnly[0]!) }),
        ...againstPhrase('day-first'),
      ],
      needsDateOrder: false,
      firstAmbiguous: null,
    };
  }
  if (monthOnly.length > dayOnly.length) {
    return {
      dateOrder: 'month-first',
      readAs: 'month-first',
      reason: `${monthOnly.length} date(s) have a second number above 12 (first: ${quote(monthOnly[0]!)}), so the month comes first.${against('month-first')}`,
      reasonPhrases: [
        phrase('dateOrder.monthFirst', { count: monthOnly.length, ...at(monthOnly[0]!) }),
        ...againstPhrase('month-first'),
      ],
      needsDateOrder: false,
      firstAmbiguous: null,
    };
  }
  if (ambiguous.length === 0 && dayOnly.length === 0) {
    return {
      dateOrder: 'unambiguous',
      readAs: 'month-first',
      reason: 'No date needs a day/month order: every date is ISO (2023-04-12) or names its month.',
      reasonPhrases: [phrase('dateOrder.none')],
      needsDateOrder: false,
      firstAmbiguous: null,
    };
  }
  const first = ambiguous[0] ?? dayOnly[0] ?? null;
  const reason =
    dayOnly.length > 0
      ? `The file disagrees with itself: ${dayOnly.length} date(s) read only day-first (first: ${quote(dayOnly[0]!)}) and as many only month-first (first: ${quote(monthOnly[0]!)}).`
      : `No date in the file shows whether the day or the month comes first (every number is 12 or less, e.g. ${quote(ambiguous[0]!)}).`;
  return {
    dateOrder: 'month-first',
    readAs: 'month-first',
    reason: `${reason} Dates are shown month-first for now; choose the order before importing.`,
    reasonPhrases: [
      dayOnly.length > 0
        ? phrase('dateOrder.disagrees', {
            count: dayOnly.length,
            ...at(dayOnly[0]!),
            otherLine: monthOnly[0]!.line,
            otherText: at(monthOnly[0]!).text,
          })
        : phrase('dateOrder.unknown', at(ambiguous[0]!)),
      phrase('dateOrder.choose'),
    ],
    needsDateOrder: true,
    firstAmbiguous: first,
  };
}

/** Resolves a raw date to `YYYY-MM-DD`, or a message saying why it cannot be one. */
export function resolveRawDate(
  raw: RawDate,
  order: DateOrder,
  yearContext: number | null,
): { date: string } | { error: string } {
  switch (raw.kind) {
    case 'ymd':
      return { date: formatYmd(raw.y, raw.m, raw.d) };
    case 'numeric': {
      const date = numericAs(raw.a, raw.b, raw.y, order);
      if (date) return { date };
      const [m, d] = order === 'month-first' ? [raw.a, raw.b] : [raw.b, raw.a];
      return { error: `read ${order}, ${whyInvalid(raw.y, m, d)}` };
    }
    case 'md':
      if (yearContext === null)
        return { error: 'this date has no year, and no year heading (## 2023) comes before it' };
      return isValidYmd(yearContext, raw.m, raw.d)
        ? { date: formatYmd(yearContext, raw.m, raw.d) }
        : { error: whyInvalid(yearContext, raw.m, raw.d) };
    case 'bad':
      return { error: raw.message };
  }
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export { MONTH_NAMES };
