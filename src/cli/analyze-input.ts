/** Reading `attune analyze`'s input: options, CSV/JSON rows, numbers and dates, each with a clear error. */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** An input problem worth a message of its own; anything else is a bug and is rethrown. */
export class BadInput extends Error {}

export type Row = Record<string, string>;

export interface Parsed {
  file: string;
  options: Map<string, string>;
}

export function parseArgs(args: string[], allowed: readonly string[]): Parsed {
  let file: string | undefined;
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!allowed.includes(name)) {
        throw new BadInput(
          `unknown option --${name} (this analysis accepts: ${allowed.map((a) => `--${a}`).join(', ') || 'none'})`,
        );
      }
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') throw new BadInput(`option --${name} needs a value`);
      options.set(name, value);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new BadInput(`unexpected argument "${arg}" (give one FILE)`);
    }
  }
  if (file === undefined) throw new BadInput('missing FILE');
  return { file, options };
}

export function numberOption(
  p: Parsed,
  name: string,
  check: (n: number) => boolean,
  what: string,
): number | undefined {
  const raw = p.options.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || !check(n)) throw new BadInput(`--${name} must be ${what}, got "${raw}"`);
  return n;
}

export const isPositiveInt = (n: number) => Number.isInteger(n) && n >= 1;

export const isNonNegativeInt = (n: number) => Number.isInteger(n) && n >= 0;

export async function readRows(file: string, required: readonly string[]): Promise<Row[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BadInput(
      code === 'ENOENT' ? `file not found: ${file}` : `cannot read ${file} (${code ?? 'error'})`,
    );
  }
  let rows: Row[];
  if (file.toLowerCase().endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new BadInput(`${file} is not valid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(data) || data.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
      throw new BadInput(
        `${file} must hold a JSON array of objects like { ${required.map((c) => `"${c}"`).join(', ')} }`,
      );
    }
    rows = data.map((r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim(), v === null ? '' : String(v)])),
    );
  } else {
    try {
      rows = parse(text, {
        columns: (h: string[]) => h.map((c) => c.trim()),
        skip_empty_lines: true,
        trim: true,
        bom: true,
      });
    } catch (e) {
      throw new BadInput(`${file} is not a readable CSV: ${(e as Error).message}`);
    }
  }
  if (rows.length === 0) throw new BadInput(`${file} has no data rows`);
  const present = Object.keys(rows[0]!);
  const missing = required.filter((c) => !present.includes(c));
  if (missing.length > 0) {
    throw new BadInput(
      `${file} is missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${present.join(', ') || 'none'})`,
    );
  }
  return rows;
}

export function toNumber(raw: string | undefined, where: string): number {
  const s = (raw ?? '').trim();
  const n = s === '' ? Number.NaN : Number(s);
  if (!Number.isFinite(n)) throw new BadInput(`${where}: "${raw ?? ''}" is not a number`);
  return n;
}

export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Day number of an ISO local date (UTC arithmetic, so no time-zone shifts). */
export function dayNumber(date: string, where: string): number {
  const t = DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== date) {
    throw new BadInput(`${where}: "${date}" is not a date like 2024-03-31`);
  }
  return Math.round(t / 86_400_000);
}

export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Rows keyed by date → one slot per calendar day from the first to the last date (gaps null). */
export function byDay<T>(
  rows: Row[],
  value: (r: Row, i: number) => T,
): { first: number; days: (T | null)[] } {
  const seen = new Map<number, T>();
  rows.forEach((r, i) => {
    const d = dayNumber(r.date ?? '', `row ${i + 1}, column date`);
    if (seen.has(d)) throw new BadInput(`row ${i + 1}: date ${r.date} appears twice`);
    seen.set(d, value(r, i));
  });
  const keys = [...seen.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const days: (T | null)[] = [];
  for (let d = first; d <= last; d++) days.push(seen.has(d) ? seen.get(d)! : null);
  return { first, days };
}

export function nameList(p: Parsed, name: string): string[] {
  const raw = p.options.get(name);
  if (raw === undefined) throw new BadInput(`--${name} is required (comma-separated column names)`);
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0) throw new BadInput(`--${name} names no columns`);
  return names;
}
