import { stringify } from 'csv-stringify/sync';

type Row = Record<string, unknown>;

/** Rows as CSV with a header line; columns in the rows' key order, values as text. */
export function toCsv(rows: Row[], columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return stringify(rows, { header: true, columns: cols, cast: { number: (n) => String(n) } });
}
