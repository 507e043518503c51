/**
 * Daylio's CSV export → check-in-like rows, and a `note` entry for every row (mood, activities, note).
 * Header generations seen in real exports, newest first (columns are read by name):
 *
 *   full_date,date,weekday,time,mood,activities,note_title,note[,scales]
 *   full_date,date,weekday,time,mood,activities,note
 *   year,date,weekday,time,mood,activities,note            (date is "18 May")
 *
 * Rows: `2020-05-30,30 May,Saturday,6:50 pm,rad,friends | gaming,"Awesome"`; time is
 * `6:50 pm` or `14:58`; activities are separated by ` | `; the file may start with a BOM.
 */
import { phrase } from '../server/phrases.ts';
import { headerKey, readCsv } from './csv.ts';
import { formatYmd, isValidYmd, matchDateAtStart } from './dates.ts';
import { finishEntries } from './finish.ts';
import { say } from './messages.ts';
import { fileProblem, fingerprintRows, lineProblem } from './text.ts';
import type { ImportOptions, ImportPreview, ImportProblem, ParsedCheckin, ParsedEntry } from './types.ts';

/** Daylio's five default moods, best first, as levels 5..1. */
const DEFAULT_MOODS: Record<string, number> = { rad: 5, good: 4, meh: 3, bad: 2, awful: 1 };
/** Level 1–5 → satisfaction 0–10. */
const LEVEL_TO_SATISFACTION = [0, 0, 3, 5, 8, 10];

export function isDaylioHeader(line: string): boolean {
  const cols = line
    .replace(/^\uFEFF/u, '')
    .split(',')
    .map((c) => headerKey(c.replace(/^"|"$/g, '')));
  return (
    cols.includes('mood') &&
    cols.includes('activities') &&
    (cols.includes('full_date') || cols.includes('year'))
  );
}

function to24h(time: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?$/iu.exec(time.trim());
  if (!m) return null;
  let h = +m[1]!;
  const ampm = m[3]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  if (h > 23 || +m[2]! > 59) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

export function parseDaylio(text: string, options: ImportOptions): ImportPreview {
  const base: ImportPreview = {
    format: 'daylio',
    entries: [],
    checkins: [],
    habits: [],
    dateOrder: 'unambiguous',
    dateOrderReason:
      'Daylio writes ISO dates (full_date) or a year and a month name, so no order was needed.',
    dateOrderPhrases: [phrase('dateOrder.daylio')],
    needsDateOrder: false,
    problems: [],
  };
  const read = readCsv(text);
  if ('problem' in read) return { ...base, problems: [read.problem] };
  const [header, ...body] = read.records;
  if (!header) return { ...base, problems: [fileProblem(say('daylio.noHeader'))] };
  const keys = header.cells.map(headerKey);
  const col = (name: string) => keys.indexOf(name);
  const [iFull, iYear, iDate, iTime, iMood, iAct, iTitle, iNote] = [
    'full_date',
    'year',
    'date',
    'time',
    'mood',
    'activities',
    'note_title',
    'note',
  ].map(col) as [number, number, number, number, number, number, number, number];

  const moods: Record<string, number> = { ...DEFAULT_MOODS };
  for (const [k, v] of Object.entries(options.daylioMoods ?? {})) moods[k.trim().toLowerCase()] = v;
  const problems: ImportProblem[] = [];
  const unknownMoods = new Set<string>();
  const checkins: ParsedCheckin[] = [];
  const entries: ParsedEntry[] = [];

  for (const r of body) {
    const cell = (i: number) => (i >= 0 ? (r.cells[i] ?? '') : '');
    const source = r.cells.join(',');
    let date: string | null = null;
    if (iFull >= 0) {
      const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(cell(iFull).trim());
      if (m && isValidYmd(+m[1]!, +m[2]!, +m[3]!)) date = formatYmd(+m[1]!, +m[2]!, +m[3]!);
    } else {
      // Oldest generation: year + "18 May".
      const found = matchDateAtStart(`${cell(iDate).trim()} ${cell(iYear).trim()}`);
      if (found?.raw.kind === 'ymd') date = formatYmd(found.raw.y, found.raw.m, found.raw.d);
    }
    if (!date) {
      problems.push(lineProblem(r.line, source, say('daylio.noDate')));
      continue;
    }
    const mood = cell(iMood).trim();
    const level = moods[mood.toLowerCase()];
    if (level === undefined) unknownMoods.add(mood);
    const activities = cell(iAct)
      .split('|')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    const title = cell(iTitle).trim();
    const noteText = cell(iNote).trim();
    const note = title && noteText ? `${title}\n\n${noteText}` : title || noteText;
    checkins.push({
      line: r.line,
      date,
      time: to24h(cell(iTime)),
      mood,
      satisfaction: level === undefined ? null : (LEVEL_TO_SATISFACTION[Math.round(level)] ?? null),
      activities,
      note,
      fingerprint: '',
    });
    // Every mood row becomes one note in the log: a mood alone is not a full check-in, and
    // attune never fills in the numbers a person did not give.
    const mark = `Mood: ${mood}${activities.length > 0 ? ` · ${activities.join(', ')}` : ''}`;
    entries.push({
      line: r.line,
      date,
      kind: 'note',
      text: note ? `${mark}\n\n${note}` : mark,
      domains: [],
      intensity: null,
      promiseState: null,
      dueDate: null,
      repairOf: null,
      visibility: null,
      fingerprint: '',
    });
  }
  for (const m of unknownMoods) {
    problems.push(lineProblem(0, '', say('daylio.unknownMood', { mood: m }), 'warning'));
  }
  fingerprintRows(
    checkins,
    (c) => `daylio|${c.date}|${c.time}|${c.mood}|${c.activities.join('|')}|${c.note}`,
  );
  problems.push(...finishEntries(entries, null));
  return { ...base, entries, checkins, problems: problems.sort((a, b) => a.line - b.line) };
}
