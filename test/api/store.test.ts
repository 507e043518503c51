import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { defaultConfig } from '../../src/server/context.ts';
import { openStore, UnsafeStoreError } from '../../src/storage/db.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { writeStamp } from '../../src/storage/write-stamp.ts';
import { Actor, emailOf, PASSWORD, signUp } from '../support/app.ts';
import { DIALECTS, freshStore } from '../support/stores.ts';

describe('storage safety', () => {
  it('opens SQLite in WAL mode with synchronous=FULL and foreign keys on', async () => {
    const store = await freshStore('sqlite');
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(sync.rows[0]?.synchronous).toBe(2);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    await store.drop();
  });

  it('refuses PostgreSQL with synchronous_commit off unless explicitly allowed', async () => {
    const store = await freshStore('postgres');
    const url = new URL(store.url);
    url.searchParams.set('options', '-c synchronous_commit=off');
    await expect(openStore({ url: url.toString() })).rejects.toThrow(UnsafeStoreError);
    await expect(openStore({ url: url.toString() })).rejects.toThrow(/synchronous_commit is off/);
    const allowed = await openStore({ url: url.toString(), allowUnsafe: true });
    await allowed.close();
    await store.drop();
  });

  it('keeps SQLite statements prepared, and runs one again after a stream left early and after the schema changed', async () => {
    const store = await freshStore('sqlite');
    const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await sql`create table kept (n integer)`.execute(db);
    await sql`insert into kept values (1), (2), (3)`.execute(db);
    const all = () => db.selectFrom('kept').selectAll().orderBy('n').execute();
    expect(await all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    // A stream left early, then the same statement again.
    for await (const row of db.selectFrom('kept').selectAll().orderBy('n').stream()) {
      expect(row).toEqual({ n: 1 });
      break;
    }
    expect(await db.selectFrom('kept').selectAll().orderBy('n').execute()).toHaveLength(3);
    await sql`alter table kept add column m integer default 7`.execute(db);
    expect(await all()).toEqual([
      { n: 1, m: 7 },
      { n: 2, m: 7 },
      { n: 3, m: 7 },
    ]);
    await store.drop();
  });

  it.each(DIALECTS)(
    'changes the write stamp on every write, its own or another connection’s, on %s',
    async (dialect) => {
      const store = await freshStore(dialect);
      const other = await openStore({ url: store.url });
      const db = store.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await sql`create table stamped (n integer)`.execute(db);
      const stamp = () => writeStamp(store.db);
      const before = await stamp();
      expect(before).not.toBeNull();
      // A read moves nothing. On PostgreSQL the stamp is the cluster's snapshot, which other
      // test files' writes (on their own databases, same server) also move: one quiet try of
      // five is enough to show that the read itself did not.
      let unmoved = false;
      for (let i = 0; i < 5 && !unmoved; i++) {
        const start = await stamp();
        await db.selectFrom('stamped').selectAll().execute();
        unmoved = (await stamp()) === start;
      }
      expect(unmoved).toBe(true);
      await db.insertInto('stamped').values({ n: 1 }).execute();
      const afterOwn = await stamp();
      expect(afterOwn).not.toBe(before);
      await sql`insert into stamped values (2)`.execute(other.db);
      expect(await stamp()).not.toBe(afterOwn);
      await other.close();
      await store.drop();
    },
  );

  it.each(DIALECTS)('migrates twice without harm on %s', async (dialect) => {
    const store = await freshStore(dialect);
    expect(await migrateToLatest(store.db)).toEqual([]);
    await store.drop();
  });
});

describe('two app servers on one PostgreSQL', () => {
  it('share sessions and count failed logins together', async () => {
    const base = await freshStore('postgres');
    const url = base.url;
    const second = await openStore({ url });
    const one = await buildApp({ store: base, config: defaultConfig });
    const two = await buildApp({ store: second, config: defaultConfig });

    const lisa = await signUp(one, 'Lisa');
    const onTwo = new Actor(two, 'Lisa on two');
    onTwo.cookie = lisa.cookie;
    expect((await onTwo.get('/api/account')).json().email).toBe(emailOf(lisa));
    await onTwo.post('/api/account/logout');
    expect((await lisa.get('/api/account')).statusCode).toBe(401);

    // Failures alternate between the servers from one address; the limit still trips.
    const ip = '192.0.2.44';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const app = i % 2 === 0 ? one : two;
      statuses.push(
        (
          await new Actor(app, 'guess', ip).post('/api/account/login', {
            email: emailOf(lisa),
            password: `wrong ${i} wrong`,
          })
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429]);
    expect(
      (
        await new Actor(two, 'right', '192.0.2.45').post('/api/account/login', {
          email: emailOf(lisa),
          password: PASSWORD,
        })
      ).statusCode,
    ).toBe(200);

    await one.close();
    await two.close();
    await second.close();
    await base.drop();
  });
});
