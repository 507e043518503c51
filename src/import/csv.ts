/** attune's own CSV: a header with at least `date,kind,text`. */

import { parse } from 'csv-parse/sync';
import { fromCsvCell } from '../export/csv.ts';
import { phrase } from '../server/phrases.ts';
import { say } from './messages.ts';
import { type FieldRow, OPTIONAL_FIELDS, REQUIRED_FIELDS, rowsToPreview } from './records.ts';
import { fileProblem, lineProblem } from './text.ts';
import type { ImportOptions, ImportPreview, ImportProblem } from './types.ts';

/** A CSV record with the line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Parses CSV text into records, each with its starting line. Returns a problem (with the line
 * csv-parse stopped at) for a malformed file, such as an unclosed quote.
 */
export function readCsv(text: string): { records: CsvRecord[] } | { problem: ImportProblem } {
  try {
    const rows = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number; records: number } }[];
    // csv-parse reports the line a record ends on; a record that spans lines started earlier.
    const records = rows.map(({ record, info }) => {
      const span = record.reduce((n, c) => n + (c.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
      return { line: info.lines - span, cells: record };
    });
    return { records };
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    const where = typeof e.lines === 'number' ? e.lines : 0;
    return { problem: lineProblem(where, '', say('csv.malformed', { detail: e.message ?? String(err) })) };
  }
}

export function headerKey(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, '_');
}

export function parseCsvEntries(text: string, options: ImportOptions): ImportPreview {
  const read = readCsv(text);
  const fail = (problem: ImportProblem): ImportPreview => ({
    format: 'csv',
    entries: [],
    checkins: [],
    habits: [],
    dateOrder: 'unambiguous',
    dateOrderReason: 'No dates were read.',
    dateOrderPhrases: [phrase('dateOrder.noDates')],
    needsDateOrder: false,
    problems: [problem],
  });
  if ('problem' in read) return fail(read.problem);
  const [header, ...body] = read.records;
  if (!header) return fail(fileProblem(say('csv.noHeader')));
  const keys = header.cells.map(headerKey);
  const missing = REQUIRED_FIELDS.filter((f) => !keys.includes(f));
  if (missing.length > 0) {
    return fail(
      lineProblem(
        header.line,
        header.cells.join(','),
        say('csv.missingColumns', {
          required: REQUIRED_FIELDS.join(', '),
          optional: OPTIONAL_FIELDS.join(', '),
          missing: missing.join(', '),
        }),
      ),
    );
  }
  const rows: FieldRow[] = body.map((r) => {
    const fields: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      fields[k] = fromCsvCell(r.cells[i] ?? '');
    });
    return { line: r.line, source: r.cells.join(','), fields };
  });
  return rowsToPreview('csv', rows, options);
}
