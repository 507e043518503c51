import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUPLE_TABLES as BACKED_UP } from '../export/tables.ts';
import { READ_RULES } from './scope.ts';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const COUPLE_TABLES = new Set(Object.keys(READ_RULES));

/**
 * The ways a file could read a couple table without scope.ts: a `selectFrom` or join naming one,
 * a table chosen at run time, or raw SQL selecting from one.
 */
function unscopedReads(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(
    /\b(selectFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*(['"])?([\w]+)/g,
  )) {
    const [, call, quote, name] = m as unknown as [string, string, string | undefined, string];
    if (!quote) found.push(`${call}(${name}…): a table chosen at run time`);
    else if (COUPLE_TABLES.has(name)) found.push(`${call}('${name}')`);
  }
  for (const m of source.matchAll(/sql`[^`]*?\b(?:from|join)\s+"?(\w+)/gi))
    if (COUPLE_TABLES.has(m[1]!)) found.push(`raw SQL from ${m[1]}`);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('every read of a couple table goes through scope.ts (and scope/)', () => {
  it('recognises an unscoped read (so the scan below can fail)', () => {
    expect(unscopedReads("db.selectFrom('log').selectAll().where('couple_id', '=', id)")).toEqual([
      "selectFrom('log')",
    ]);
    expect(unscopedReads('trx.selectFrom(t.table as never)')).toHaveLength(1);
    expect(unscopedReads(".innerJoin('members', (j) => j)")).toEqual(["innerJoin('members')"]);
    expect(unscopedReads('sql`select count(*) from checkins`')).toEqual(['raw SQL from checkins']);
    expect(unscopedReads("visibleRows(db, viewer, 'log').selectAll()")).toEqual([]);
    expect(unscopedReads("db.selectFrom('users').selectAll()")).toEqual([]);
  });

  it('has one read rule for every couple table the backup knows, and no other', () => {
    expect(new Set(BACKED_UP.map((t) => t.table))).toEqual(COUPLE_TABLES);
  });

  it('finds none anywhere in src except scope.ts and its folder scope/', () => {
    const problems = sourceFiles(SRC)
      .filter((f) => !relative(SRC, f).startsWith(join('storage', 'scope') + sep))
      .flatMap((f) => unscopedReads(readFileSync(f, 'utf8')).map((p) => `${relative(SRC, f)}: ${p}`));
    expect(problems).toEqual([]);
  });
});
