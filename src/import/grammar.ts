/**
 * One entry line of a notebook: the leading kind keyword, `#hashtags`, the intensity, a
 * promise's state and due date. See README.md in this folder for the grammar with examples.
 */
import { matchDateAtStart, resolveRawDate } from './dates.ts';
import type { DateOrder, EntryKind, PromiseState } from './types.ts';

/** Keyword (lower case) → kind. Multi-word keywords are matched before single words. */
export const KIND_SYNONYMS: Record<string, EntryKind> = {
  fight: 'conflict',
  argument: 'conflict',
  row: 'conflict',
  conflict: 'conflict',
  resolution: 'repair',
  resolved: 'repair',
  'made up': 'repair',
  repair: 'repair',
  apology: 'repair',
  promise: 'promise',
  promised: 'promise',
  appreciation: 'appreciation',
  grateful: 'appreciation',
  thanks: 'appreciation',
  gratitude: 'appreciation',
  gesture: 'gesture',
  event: 'life_event',
  'life event': 'life_event',
  'life-event': 'life_event',
  life_event: 'life_event',
  note: 'note',
};

const KEYWORDS = Object.keys(KIND_SYNONYMS)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[-_ ]/g, '[-_ ]'));
// Optional bold around the keyword (`**Fight:**`), then a word boundary, then an optional separator.
const KIND_RE = new RegExp(
  `^(?:\\*\\*|__)?(${KEYWORDS.join('|')})(?![\\p{L}\\p{N}])(?:\\*\\*|__)?\\s*(?:[:,\\-–—]\\s*)?(?:\\*\\*|__)?`,
  'iu',
);

/** Kind for a keyword or a column value such as `Life event`; null when unknown. */
export function kindFromWord(word: string): EntryKind | null {
  return (
    KIND_SYNONYMS[
      word
        .trim()
        .toLowerCase()
        .replace(/[-_\s]+/g, ' ')
    ] ?? null
  );
}

/** Lower-case domain slug: `Conflict-Resolution` → `conflict_resolution`. */
export function domainSlug(word: string): string {
  return word
    .trim()
    .replace(/^#/, '')
    .toLowerCase()
    .replace(/[-\s]+/g, '_');
}

export interface EntryBody {
  kind: EntryKind;
  text: string;
  domains: string[];
  intensity: number | null;
  promiseState: PromiseState | null;
  dueDate: string | null;
}

export interface BodyContext {
  date: string;
  order: DateOrder;
}

const LIST_MARKER = /^(?:>\s*)?(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/u;
const INTENSITY_WORD = /\bintensity\s*[:=]?\s*(-?\d+(?:\.\d+)?)/iu;
const INTENSITY_FRACTION = /\(\s*(-?\d+(?:\.\d+)?)\s*\/\s*5\s*\)/u;
const STATE_WORD = /\((kept|broken|open)\)|\[(kept|broken|open)\]/iu;
const STATE_MARK = /[✓✔☑✗✘✕]/u;
const HASHTAG = /(^|\s)#([\p{L}\p{N}_][\p{L}\p{N}_-]*)/gu;
const TRAILING_TAGS = /(?:\s+#[\p{L}\p{N}_][\p{L}\p{N}_-]*)+\s*$/u;
const DUE = /(?:^|\s)(?:by|due|until|before)\s*:?\s+/giu;

/**
 * Parses an entry line's body (the part after any date prefix).
 * Returns an error message instead when a marker is out of range (intensity 7).
 *
 * @example parseEntryBody('Promised to call mum by 2023-05-01 (kept) #family', ctx)
 * // { kind: 'promise', text: 'to call mum by 2023-05-01', domains: ['family'], promiseState: 'kept', dueDate: '2023-05-01', … }
 */
export function parseEntryBody(line: string, ctx: BodyContext): EntryBody | { error: string } {
  let text = line.trim().replace(LIST_MARKER, '');
  let kind: EntryKind = 'note';
  const k = KIND_RE.exec(text);
  if (k) {
    kind = kindFromWord(k[1]!) ?? 'note';
    text = text.slice(k[0].length);
  }

  const domains: string[] = [];
  for (const m of text.matchAll(HASHTAG)) {
    const slug = domainSlug(m[2]!);
    if (!domains.includes(slug)) domains.push(slug);
  }
  // Trailing hashtags are markers and leave the text; hashtags inside a sentence stay in it.
  text = text.replace(TRAILING_TAGS, '');

  let intensity: number | null = null;
  for (const re of [INTENSITY_WORD, INTENSITY_FRACTION]) {
    const m = re.exec(text);
    if (!m) continue;
    const n = Number(m[1]);
    if (!Number.isInteger(n) || n < 1 || n > 5) {
      return { error: `intensity must be a whole number from 1 to 5, not ${m[1]}.` };
    }
    intensity = n;
    text = cut(text, m.index, m[0].length);
  }

  let promiseState: PromiseState | null = null;
  let dueDate: string | null = null;
  if (kind === 'promise') {
    promiseState = 'open';
    const w = STATE_WORD.exec(text);
    if (w) {
      promiseState = (w[1] ?? w[2])!.toLowerCase() as PromiseState;
      text = cut(text, w.index, w[0].length);
    }
    const mark = STATE_MARK.exec(text);
    if (mark) {
      promiseState = '✓✔☑'.includes(mark[0]) ? 'kept' : 'broken';
      text = cut(text, mark.index, mark[0].length);
    }
    dueDate = findDueDate(text, ctx);
  }

  // A line of markers only ("Thanks", "Fight (3/5)") keeps its words as written: no entry is blank.
  const words = tidy(text) || tidy(line.trim().replace(LIST_MARKER, ''));
  return { kind, text: words, domains, intensity, promiseState, dueDate };
}

/** The first `by/due/until/before DATE` in a promise's text; a yearless date takes the entry's year. */
function findDueDate(text: string, ctx: BodyContext): string | null {
  for (const m of text.matchAll(DUE)) {
    const found = matchDateAtStart(text.slice(m.index + m[0].length));
    if (!found || found.raw.kind === 'bad') continue;
    const year = +ctx.date.slice(0, 4);
    const r = resolveRawDate(found.raw, ctx.order, year);
    if (!('date' in r)) continue;
    // "by March 3" written in December means next year's March.
    if (found.yearless && r.date < ctx.date) {
      const next = resolveRawDate(found.raw, ctx.order, year + 1);
      if ('date' in next) return next.date;
    }
    return r.date;
  }
  return null;
}

/** Removes a marker and closes the gap it leaves, touching nothing else in the text. */
function cut(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (/\s$/u.test(before) && /^[\s,.;!?]/u.test(after))
    return before.replace(/\s+$/u, '') + after.replace(/^\s+/u, ' ').replace(/^ ([,.;!?])/u, '$1');
  return before + after;
}

function tidy(text: string): string {
  return text.trim();
}
