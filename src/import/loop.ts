/**
 * Loop Habit Tracker's "Export as CSV" zip → habits with check-offs (and `note` entries for
 * check-offs with notes). Layout, from Loop's HabitsCSVExporter and HabitList.writeCSV:
 *
 *   Habits.csv                 one row per habit
 *   001 Meditate/Checkmarks.csv  one folder per habit: "%03d <name with [^ a-zA-Z0-9._-] removed>"
 *   001 Meditate/Scores.csv      (ignored)
 *   Checkmarks.csv, Scores.csv   all habits side by side (ignored: the per-habit files are complete)
 *
 * Two generations:
 *  - before mid-2025: Habits.csv `Position,Name,Question,Description,NumRepetitions,Interval,Color`;
 *    Checkmarks.csv has no header, rows `2015-01-25,2` (2 yes, 1 yes by frequency, 0 no, 3 or -3 skip,
 *    -1 unknown; a numerical habit writes its amount ×1000).
 *  - since: Habits.csv `Position,Name,Type,Question,Description,FrequencyNumerator,
 *    FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?`; Checkmarks.csv starts
 *    `Date,Value,Notes` and values are YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN, or the amount ×1000.
 */

import { unzipSync } from 'fflate';
import { phrase } from '../server/phrases.ts';
import { headerKey, readCsv } from './csv.ts';
import { formatYmd, isValidYmd } from './dates.ts';
import { finishEntries } from './finish.ts';
import { say } from './messages.ts';
import { decodeText, fileProblem, lineProblem } from './text.ts';
import type { ImportPreview, ImportProblem, ParsedCheckoff, ParsedEntry, ParsedHabit } from './types.ts';
import { MAX_IMPORT_BYTES } from './types.ts';

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

const STATES: Record<string, ParsedCheckoff['state'] | 'unknown'> = {
  YES_MANUAL: 'yes',
  YES_AUTO: 'auto',
  NO: 'no',
  SKIP: 'skip',
  UNKNOWN: 'unknown',
  '2': 'yes',
  '1': 'auto',
  '0': 'no',
  '3': 'skip',
  '-3': 'skip',
  '-1': 'unknown',
};

function base(problems: ImportProblem[]): ImportPreview {
  return {
    format: 'loop',
    entries: [],
    checkins: [],
    habits: [],
    dateOrder: 'unambiguous',
    dateOrderReason: 'Loop writes ISO dates (2023-04-12), so no order was needed.',
    dateOrderPhrases: [phrase('dateOrder.loop')],
    needsDateOrder: false,
    problems,
  };
}

export function parseLoopZip(bytes: Uint8Array): ImportPreview {
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(bytes, {
      // Refuse a zip bomb before inflating it.
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_IMPORT_BYTES) throw new Error('it unpacks to more than 50 MB');
        return f.name.toLowerCase().endsWith('.csv');
      },
    });
  } catch (err) {
    return base([
      fileProblem(say('loop.zipUnreadable', { detail: err instanceof Error ? err.message : String(err) })),
    ]);
  }
  const names = Object.keys(files);
  const habitsName = names.find((n) => n.split('/').pop() === 'Habits.csv' && n.split('/').length <= 2);
  if (!habitsName) {
    return base([fileProblem(say('loop.notLoop'))]);
  }
  const prefix = habitsName.slice(0, habitsName.length - 'Habits.csv'.length);
  const problems: ImportProblem[] = [];
  const readFile = (name: string) => {
    const decoded = decodeText(files[name]!);
    if ('problem' in decoded)
      return { problem: { ...decoded.problem, message: `${name}: ${decoded.problem.message}` } };
    return readCsv(decoded.text);
  };

  const habitsCsv = readFile(habitsName);
  if ('problem' in habitsCsv) return base([habitsCsv.problem]);
  const [header, ...rows] = habitsCsv.records;
  const keys = (header?.cells ?? []).map(headerKey);
  const col = (...names: string[]) => keys.findIndex((k) => names.includes(k));
  const c = {
    position: col('position'),
    name: col('name'),
    type: col('type'),
    question: col('question'),
    description: col('description'),
    num: col('frequencynumerator', 'numrepetitions'),
    den: col('frequencydenominator', 'interval'),
    color: col('color'),
    unit: col('unit'),
    targetType: col('target_type'),
    targetValue: col('target_value'),
    archived: col('archived?', 'archived'),
  };
  if (c.position < 0 || c.name < 0) {
    return base([lineProblem(1, header?.cells.join(',') ?? '', say('loop.habitsColumns'))]);
  }

  const habits: ParsedHabit[] = [];
  const entries: ParsedEntry[] = [];
  for (const r of rows) {
    const cell = (i: number) => (i >= 0 ? (r.cells[i] ?? '').trim() : '');
    const position = Number.parseInt(cell(c.position), 10);
    const folder = names.find((n) => {
      const rel = n.slice(prefix.length);
      return n.startsWith(prefix) && rel.endsWith('/Checkmarks.csv') && Number.parseInt(rel, 10) === position;
    });
    const typeCell = cell(c.type).toUpperCase();
    const habit: ParsedHabit = {
      position,
      name: cell(c.name),
      type: typeCell === 'NUMERICAL' ? 'numerical' : 'yes_no',
      question: cell(c.question),
      description: cell(c.description),
      frequency: { numerator: Number(cell(c.num)) || 1, denominator: Number(cell(c.den)) || 1 },
      color: cell(c.color),
      unit: cell(c.unit) || null,
      targetType:
        cell(c.targetType) === 'AT_MOST' ? 'at_most' : cell(c.targetType) === 'AT_LEAST' ? 'at_least' : null,
      targetValue: cell(c.targetValue) === '' ? null : Number(cell(c.targetValue)),
      archived: cell(c.archived).toLowerCase() === 'true',
      checkoffs: [],
    };
    habits.push(habit);
    if (!folder) {
      problems.push(
        lineProblem(
          r.line,
          r.cells.join(','),
          say('loop.noCheckmarks', { name: habit.name, folder: String(position).padStart(3, '0') }),
          'warning',
        ),
      );
      continue;
    }
    const checks = readFile(folder);
    if ('problem' in checks) {
      problems.push(checks.problem);
      continue;
    }
    let records = checks.records;
    if (records[0] && headerKey(records[0].cells[0] ?? '') === 'date') records = records.slice(1);
    // The old generation has no Type column: a value outside Loop's state codes means numerical.
    if (c.type < 0 && records.some((x) => STATES[(x.cells[1] ?? '').trim()] === undefined))
      habit.type = 'numerical';
    for (const x of records) {
      const where = `${folder} line ${x.line}`;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec((x.cells[0] ?? '').trim());
      if (!m || !isValidYmd(+m[1]!, +m[2]!, +m[3]!)) {
        problems.push(
          lineProblem(x.line, `${folder}: ${x.cells.join(',')}`, say('loop.notADate', { where })),
        );
        continue;
      }
      const date = formatYmd(+m[1]!, +m[2]!, +m[3]!);
      const v = (x.cells[1] ?? '').trim();
      const notes = (x.cells[2] ?? '').trim();
      let checkoff: ParsedCheckoff;
      if (habit.type === 'numerical' && /^\d+$/u.test(v)) {
        const amount = Number(v) / 1000;
        checkoff = { line: x.line, date, state: amount > 0 ? 'yes' : 'no', value: amount, notes };
      } else {
        const state = STATES[v];
        if (state === undefined) {
          problems.push(
            lineProblem(
              x.line,
              `${folder}: ${x.cells.join(',')}`,
              say('loop.unknownValue', { where, value: v }),
            ),
          );
          continue;
        }
        if (state === 'unknown') continue;
        checkoff = { line: x.line, date, state, value: null, notes };
      }
      habit.checkoffs.push(checkoff);
      if (notes !== '') {
        entries.push({
          line: x.line,
          date,
          kind: 'note',
          text: `${habit.name}: ${notes}`,
          domains: [],
          intensity: null,
          promiseState: null,
          dueDate: null,
          repairOf: null,
          visibility: null,
          fingerprint: '',
        });
      }
    }
    habit.checkoffs.sort((a, b) => a.date.localeCompare(b.date));
  }
  problems.push(...finishEntries(entries, null));
  return { ...base(problems), entries, habits };
}
