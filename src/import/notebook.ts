/**
 * Plain-text and Markdown notebooks. Two passes: the first reads every line's shape (date line,
 * heading, entry) and collects the numeric dates; the file's day/month order is decided from those;
 * the second walks the lines with the current date and builds entries.
 */
import {
  decideDateOrder,
  matchDateAtStart,
  type NumericSighting,
  type RawDate,
  resolveRawDate,
} from './dates.ts';
import { parseEntryBody } from './grammar.ts';
import { english, say } from './messages.ts';
import { lineProblem, splitLines } from './text.ts';
import type { ImportOptions, ImportPreview, ImportProblem, ParsedEntry } from './types.ts';

type Shape =
  | { t: 'skip' }
  /** A date on its own line or heading; `rest` is entry text after it on the same line (never for headings). */
  | { t: 'date'; raw: RawDate; year: number | null; rest: string }
  | { t: 'year'; year: number }
  | { t: 'entry'; body: string };

const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/u;
const YEAR_ONLY = /^(\d{4})$/u;
const RULE_OR_FENCE = /^(?:-{3,}|\*{3,}|_{3,}|`{3,}.*|~{3,}.*|<!--.*-->)$/u;
const DECORATION = /^(?:>\s*)?(?:[-*+•]\s+)?(?:\*\*|__|\*|_)?/u;
const AFTER_DATE = /^(?:\*\*|__|\*|_)?\s*(?:[:\-–—|,.]\s*)?/u;

/** Reads one line's shape. `yearContext` feeds yearless dates (`### April 12` under `## 2023`). */
function shapeOf(line: string, yearContext: number | null): Shape {
  const trimmed = line.trim();
  if (trimmed === '' || RULE_OR_FENCE.test(trimmed)) return { t: 'skip' };
  const heading = HEADING.exec(trimmed);
  const content = (heading ? heading[1]! : trimmed).replace(DECORATION, '');
  const year = YEAR_ONLY.exec(content.replace(/[*_:]+$/u, ''));
  if (year) return { t: 'year', year: +year[1]! };
  const found = matchDateAtStart(content);
  if (found) {
    const rest = content
      .slice(found.length)
      .replace(AFTER_DATE, '')
      .replace(/(?:\*\*|__)\s*$/u, '');
    // A date without a year only counts on a line of its own (else "May 3 was hard" would be a date).
    if (!found.yearless || rest === '' || heading) {
      const y = found.raw.kind === 'ymd' || found.raw.kind === 'numeric' ? found.raw.y : yearContext;
      return { t: 'date', raw: found.raw, year: y, rest: heading ? '' : rest };
    }
  }
  if (heading) return { t: 'skip' };
  return { t: 'entry', body: trimmed };
}

/**
 * Parses a notebook's text into entries (not yet linked or fingerprinted: see `finishEntries`).
 * Never throws; everything wrong is a line-numbered problem.
 */
export function parseNotebook(
  text: string,
  options: ImportOptions,
): Pick<
  ImportPreview,
  'entries' | 'dateOrder' | 'dateOrderReason' | 'dateOrderPhrases' | 'needsDateOrder' | 'problems'
> {
  const lines = splitLines(text);
  const shapes: Shape[] = [];
  const sightings: NumericSighting[] = [];
  let yearContext: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const s = shapeOf(lines[i]!, yearContext);
    shapes.push(s);
    if (s.t === 'year') yearContext = s.year;
    if (s.t === 'date' && s.year !== null) yearContext = s.year;
    if (s.t === 'date' && s.raw.kind === 'numeric')
      sightings.push({ line: i + 1, text: lines[i]!.trim(), ...s.raw });
  }

  const decision = decideDateOrder(sightings, options.dateOrder);
  const problems: ImportProblem[] = [];
  if (decision.needsDateOrder && decision.firstAmbiguous) {
    const f = decision.firstAmbiguous;
    problems.push(lineProblem(f.line, f.text, say('notebook.orderUnknown')));
  }

  const entries: ParsedEntry[] = [];
  let current: string | null = null;
  // The problem for a bad date, kept to count the lines skipped under it.
  let blocked: { problem: ImportProblem; skipped: number } | null = null;
  const unblock = () => {
    if (blocked && blocked.skipped > 0) {
      const m = say('notebook.badDateSkipped', { ...blocked.problem.params, count: blocked.skipped });
      Object.assign(blocked.problem, { ...m, message: english(m) });
    }
    blocked = null;
  };
  yearContext = null;

  const addEntry = (lineNo: number, raw: string, body: string, date: string) => {
    const parsed = parseEntryBody(body, { date, order: decision.readAs });
    if ('error' in parsed) {
      problems.push(lineProblem(lineNo, raw, say('notebook.badLine', { detail: parsed.error })));
      return;
    }
    entries.push({ line: lineNo, date, ...parsed, repairOf: null, visibility: null, fingerprint: '' });
  };

  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i]!;
    const lineNo = i + 1;
    const raw = lines[i]!;
    if (s.t === 'skip') continue;
    if (s.t === 'year') {
      yearContext = s.year;
      continue;
    }
    if (s.t === 'date') {
      unblock();
      const r = resolveRawDate(s.raw, decision.readAs, s.year ?? yearContext);
      if ('error' in r) {
        const problem = lineProblem(lineNo, raw, say('notebook.badDate', { detail: r.error }));
        problems.push(problem);
        blocked = { problem, skipped: 0 };
        current = null;
        continue;
      }
      current = r.date;
      yearContext = +r.date.slice(0, 4);
      if (s.rest !== '') addEntry(lineNo, raw, s.rest, current);
      continue;
    }
    if (blocked) {
      (blocked as { skipped: number }).skipped++;
      continue;
    }
    if (current === null) {
      // A notebook often opens with a title or "Kept by Lisa. M = Michael.": shown, not imported,
      // and no reason to refuse the rest of the file.
      problems.push(lineProblem(lineNo, raw, say('notebook.undated'), 'warning'));
      continue;
    }
    addEntry(lineNo, raw, s.body, current);
  }
  unblock();

  return {
    entries,
    dateOrder: decision.dateOrder,
    dateOrderReason: decision.reason,
    dateOrderPhrases: decision.reasonPhrases,
    needsDateOrder: decision.needsDateOrder,
    problems: problems.sort((a, b) => a.line - b.line),
  };
}
