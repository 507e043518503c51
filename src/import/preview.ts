/**
 * The import's front door: detect the format, dispatch, finish. Pure: no I/O, no database.
 *
 * Bad input never throws: an empty, binary, oversized or malformed file gives a preview with no
 * rows and an error problem saying what is wrong (line 0 for the whole file).
 */
import { type Phrase, phrase } from '../server/phrases.ts';
import { parseCsvEntries } from './csv.ts';
import { isDaylioHeader, parseDaylio } from './daylio.ts';
import { finishEntries } from './finish.ts';
import { parseJsonEntries } from './json.ts';
import { isZip, parseLoopZip } from './loop.ts';
import { say } from './messages.ts';
import { parseNotebook } from './notebook.ts';
import { decodeText, fileProblem, splitLines } from './text.ts';
import type { ImportFormat, ImportOptions, ImportPreview, ImportProblem } from './types.ts';
import { ENTRY_KINDS, MAX_IMPORT_BYTES } from './types.ts';

const EMPTY = {
  entries: [],
  checkins: [],
  habits: [],
  dateOrder: 'unambiguous',
  dateOrderReason: 'No dates were read.',
  needsDateOrder: false,
} as const;

function failed(format: ImportFormat, problem: ImportProblem): ImportPreview {
  return {
    format,
    ...EMPTY,
    dateOrderPhrases: [phrase('dateOrder.noDates')],
    entries: [],
    checkins: [],
    habits: [],
    problems: [problem],
  };
}

/** The format a file is in, from its name and its first bytes/line. */
export function detectFormat(bytes: Uint8Array, fileName: string, text: string | null): ImportFormat {
  const name = fileName.toLowerCase();
  if (isZip(bytes)) return 'loop';
  if (text === null) return name.endsWith('.zip') ? 'loop' : 'notebook';
  const firstLine = text.slice(0, 2000).split(/\r?\n/, 1)[0]!.trim();
  if (isDaylioHeader(firstLine)) return 'daylio';
  if (name.endsWith('.json') || /^[[{]/u.test(text.trimStart())) return 'json';
  const cols = firstLine
    .toLowerCase()
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/g, ''));
  if (name.endsWith('.csv') || name.endsWith('.tsv') || (cols.includes('date') && cols.includes('kind')))
    return 'csv';
  return 'notebook';
}

/**
 * Parses an import file into a preview.
 *
 * @param bytes the file's content
 * @param fileName its name (the extension helps detection: .md/.txt notebook, .csv, .json, .zip)
 * @param options `dateOrder` for files whose numeric dates never show their order
 * @example parseImport(readFileSync('notebook.md'), 'notebook.md', {}).entries[0]
 * // { line: 3, date: '2023-04-12', kind: 'conflict', text: 'about the dishes', … }
 */
export function parseImport(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportPreview {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return failed('notebook', fileProblem(say('file.tooLarge', { mb })));
  }
  if (isZip(bytes) || fileName.toLowerCase().endsWith('.zip')) {
    return guard('loop', () => parseLoopZip(bytes));
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) return failed('notebook', decoded.problem);
  const text = decoded.text;
  const format = detectFormat(bytes, fileName, text);
  return guard(format, () => {
    switch (format) {
      case 'daylio':
        return parseDaylio(text, options);
      case 'json':
        return parseJsonEntries(text, options);
      case 'csv':
        return parseCsvEntries(text, options);
      default: {
        const nb = parseNotebook(text, options);
        const warnings = finishEntries(nb.entries, splitLines(text));
        const problems = [...nb.problems, ...warnings].sort((a, b) => a.line - b.line);
        return { format: 'notebook', checkins: [], habits: [], ...nb, problems };
      }
    }
  });
}

/** A parser bug must not surface as a stack trace to the couple: it becomes a problem. */
function guard(format: ImportFormat, run: () => ImportPreview): ImportPreview {
  try {
    return run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return failed(format, fileProblem(say('file.unreadable', { format, detail: message })));
  }
}

type SummaryProblem = Pick<ImportProblem, 'line' | 'text' | 'message' | 'code' | 'params'>;

/** The CLI's JSON summary of a preview (see `attune import --help`). */
export interface PreviewSummary {
  format: ImportFormat;
  entries: number;
  byKind: Record<(typeof ENTRY_KINDS)[number], number>;
  promiseStates: { kept: number; broken: number; open: number };
  checkins: number;
  habits: number;
  checkoffs: number;
  firstDate: string | null;
  lastDate: string | null;
  dateOrder: ImportPreview['dateOrder'];
  dateOrderReason: string;
  dateOrderPhrases: Phrase[];
  needsDateOrder: boolean;
  /** Errors only; they block the import. */
  problems: SummaryProblem[];
  /** Shown, not blocking. */
  warnings: SummaryProblem[];
}

export function summarizePreview(preview: ImportPreview): PreviewSummary {
  const byKind = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as PreviewSummary['byKind'];
  const promiseStates = { kept: 0, broken: 0, open: 0 };
  const dates: string[] = [];
  for (const e of preview.entries) {
    byKind[e.kind]++;
    if (e.promiseState) promiseStates[e.promiseState]++;
    dates.push(e.date);
  }
  for (const c of preview.checkins) dates.push(c.date);
  let checkoffs = 0;
  for (const h of preview.habits) {
    checkoffs += h.checkoffs.length;
    for (const c of h.checkoffs) dates.push(c.date);
  }
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const d of dates) {
    if (firstDate === null || d < firstDate) firstDate = d;
    if (lastDate === null || d > lastDate) lastDate = d;
  }
  const plain = ({ line, text, message, code, params }: ImportProblem) => ({
    line,
    text,
    message,
    code,
    params,
  });
  return {
    format: preview.format,
    entries: preview.entries.length,
    byKind,
    promiseStates,
    checkins: preview.checkins.length,
    habits: preview.habits.length,
    checkoffs,
    firstDate,
    lastDate,
    dateOrder: preview.dateOrder,
    dateOrderReason: preview.dateOrderReason,
    dateOrderPhrases: preview.dateOrderPhrases,
    needsDateOrder: preview.needsDateOrder,
    problems: preview.problems.filter((p) => p.severity === 'error').map(plain),
    warnings: preview.problems.filter((p) => p.severity === 'warning').map(plain),
  };
}

export function hasErrors(preview: ImportPreview): boolean {
  return preview.problems.some((p) => p.severity === 'error');
}
