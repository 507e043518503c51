import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/storage/db.ts';
import { DIALECTS, freshStore } from '../support/stores.ts';

/*
 * Every table that holds a couple's rows is keyed by `couple_id`: the column is there, an index
 * starts with it (every read is scoped by couple, so every read can use one), and every unique
 * index includes it. That keeps one couple's rows together, and lets a host that outgrows one
 * PostgreSQL distribute every such table by `couple_id` (Citus requires the distribution column in
 * every unique constraint). The README says how.
 */

/** Tables that hold no couple's rows, and why. A new table is a couple table unless listed here. */
const GLOBAL: Record<string, string> = {
  users: 'people exist before and after a couple',
  sessions: 'a login, looked up by its token before the couple is known',
  rate_limits: 'counters per address and account',
  idempotency: 'remembered answers per user',
  couples: 'its id is the couple id',
  server_keys: "the server's own keys (Web Push)",
  passkeys: 'a person’s passkeys sign them in before the couple is known',
  coach_profiles: 'a coach account belongs to no couple',
  passkey_challenges: 'a sign-in in progress: nobody is known yet',
  attune_migrations: 'the schema version',
  attune_migrations_lock: 'the schema version',
};

/** Unique indexes on couple tables without `couple_id`: lookups by a secret from outside any couple. */
const UNIQUE_WITHOUT_COUPLE = new Set([
  'invites(code_hash)',
  'ritual_feeds(token_hash)',
  'coach_links(code_hash)',
]);

interface Index {
  table: string;
  columns: string[];
  unique: boolean;
}

async function schemaOf(store: Store): Promise<{ columns: Map<string, string[]>; indexes: Index[] }> {
  const columns = new Map<string, string[]>();
  const indexes: Index[] = [];
  if (store.dialect === 'postgres') {
    const cols = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns where table_schema = 'public'
      order by table_name, ordinal_position`.execute(store.db);
    for (const c of cols.rows)
      columns.set(c.table_name, [...(columns.get(c.table_name) ?? []), c.column_name]);
    const idx = await sql<{ table: string; unique: boolean; columns: string[] }>`
      select t.relname as table, ix.indisunique as unique,
             array(select a.attname from unnest(ix.indkey) with ordinality k(attnum, n)
                   join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n)::text[] as columns
      from pg_index ix
      join pg_class t on t.oid = ix.indrelid
      join pg_namespace ns on ns.oid = t.relnamespace
      where ns.nspname = 'public'`.execute(store.db);
    indexes.push(...idx.rows);
  } else {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(store.db);
    for (const { name } of tables.rows) {
      const cols = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(store.db);
      columns.set(
        name,
        cols.rows.map((c) => c.name),
      );
      const list = await sql<{ name: string; unique: number }>`
        select name, "unique" from pragma_index_list(${name})`.execute(store.db);
      for (const i of list.rows) {
        const info = await sql<{ name: string }>`
          select name from pragma_index_info(${i.name}) order by seqno`.execute(store.db);
        indexes.push({ table: name, unique: i.unique === 1, columns: info.rows.map((c) => c.name) });
      }
    }
  }
  return { columns, indexes };
}

describe.each(DIALECTS)('every couple table keyed by couple_id on %s', (dialect) => {
  it('has couple_id, an index starting with it, and couple_id in every unique index', async () => {
    const store = await freshStore(dialect);
    try {
      const { columns, indexes } = await schemaOf(store);
      for (const table of Object.keys(GLOBAL))
        expect([...columns.keys()], 'the list of global tables is current').toContain(table);
      const coupleTables = [...columns.keys()].filter((t) => !(t in GLOBAL));
      expect(coupleTables.length).toBeGreaterThanOrEqual(30);
      const problems: string[] = [];
      for (const table of coupleTables) {
        if (!columns.get(table)!.includes('couple_id')) problems.push(`${table} has no couple_id`);
        const own = indexes.filter((i) => i.table === table);
        if (!own.some((i) => i.columns[0] === 'couple_id'))
          problems.push(`${table} has no index starting with couple_id`);
        for (const i of own.filter((i) => i.unique && !i.columns.includes('couple_id'))) {
          const name = `${table}(${i.columns.join(', ')})`;
          if (!UNIQUE_WITHOUT_COUPLE.has(name)) problems.push(`${name} is unique without couple_id`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await store.drop();
    }
  });
});
