/** JSON: an array of entry objects, or `{ "entries": [...] }`, fields as in the CSV. */
import { phrase } from '../server/phrases.ts';
import { unstorableAt } from '../storage/text.ts';
import { say } from './messages.ts';
import { type FieldRow, rowsToPreview } from './records.ts';
import { fileProblem, lineProblem } from './text.ts';
import type { ImportOptions, ImportPreview, ImportProblem } from './types.ts';

function fail(problem: ImportProblem): ImportPreview {
  return {
    format: 'json',
    entries: [],
    checkins: [],
    habits: [],
    dateOrder: 'unambiguous',
    dateOrderReason: 'No dates were read.',
    dateOrderPhrases: [phrase('dateOrder.noDates')],
    needsDateOrder: false,
    problems: [problem],
  };
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Entries' `line` is the object's position in the array (1-based): JSON.parse keeps no line
 * numbers, and the position is what a person can find in an editor's outline.
 */
export function parseJsonEntries(text: string, options: ImportOptions): ImportPreview {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/u.exec(message);
    const line = pos ? lineAt(text, +pos[1]!) : 0;
    const lineText = line > 0 ? (text.split(/\r?\n/)[line - 1] ?? '') : '';
    return fail(lineProblem(line, lineText, say('json.malformed', { detail: message })));
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries)
      ? (data as { entries: unknown[] }).entries
      : null;
  if (!list) return fail(fileProblem(say('json.shape')));
  const rows: FieldRow[] = [];
  const problems: ImportProblem[] = [];
  list.forEach((item, i) => {
    const source = JSON.stringify(item) ?? '';
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(lineProblem(i + 1, source, say('json.notObject', { n: i + 1 })));
      return;
    }
    // JSON escapes can spell a NUL or half an emoji pair, which no database keeps as written.
    const bad = unstorableAt(item);
    if (bad !== null) {
      problems.push(lineProblem(i + 1, source, say('json.unstorable', { n: i + 1, field: bad })));
      return;
    }
    rows.push({ line: i + 1, source, fields: item as Record<string, unknown> });
  });
  const preview = rowsToPreview('json', rows, options);
  preview.problems = [...problems, ...preview.problems].sort((a, b) => a.line - b.line);
  return preview;
}
