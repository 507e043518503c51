import { stringify } from 'csv-stringify/sync';

type Row = Record<string, unknown>;

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet shows as text: one that would start a formula gets a leading `'`
 * (OWASP's advice), so a partner's `=HYPERLINK(…)` is never live in the other's file.
 * `fromCsvCell` takes the quote off again on import, so attune's own CSVs round-trip.
 */
export function toCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function fromCsvCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Rows as CSV with a header line; columns in the rows' key order, values as text. */
export function toCsv(rows: Row[], columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return stringify(rows, {
    header: true,
    columns: cols,
    cast: { number: (n) => String(n), string: toCsvCell },
  });
}
