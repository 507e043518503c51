import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/dates.ts';
import { backupCouple, serializeBackup } from '../../src/export/backup.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { up as addDefaultRituals } from '../../src/storage/migrations/0006_default_rituals.ts';
import { makeCouple, useApp } from '../support/app.ts';
import { DIALECTS } from '../support/stores.ts';

/*
 * Reads do not write: every GET of the OpenAPI document, by both partners, leaves every row of the
 * couple and of the tables without a couple (sessions, rate limits, idempotency) as it was.
 */
describe.each(DIALECTS)('reads do not write on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  it('changes no row on any GET, even with an easing of a habit due', async () => {
    const { a, b, coupleId } = await makeCouple(app());
    const today = localDate('Europe/Berlin');
    const entry = (
      await a.post('/api/log', { kind: 'conflict', date: today, text: 'Dishes', visibility: 'shared' })
    ).json();
    const habit = (
      await a.post('/api/habits', {
        cue: 'After dinner',
        action: 'We walk around the block together',
        owner: 'me',
        domain: 'intimacy',
        schedule: { kind: 'daily' },
      })
    ).json();
    await a.patch(`/api/habits/${habit.id}`, { schedule: { kind: 'weekdays', weekdays: [1, 3] } });
    await store()
      .db.updateTable('habit_changes')
      .set({ effective_on: addDays(today, -1) })
      .where('habit_id', '=', habit.id)
      .execute();
    // A couple's first look at its rituals finds the built-ins without adding them.
    const rituals = async () =>
      JSON.stringify(
        await store().db.selectFrom('rituals').selectAll().where('couple_id', '=', coupleId).execute(),
      );
    const firstLook = await rituals();
    const ritual = (await a.get('/api/rituals')).json().rituals[0];
    expect(await rituals()).toBe(firstLook);
    expect(ritual).toBeDefined();
    await a.post(`/api/rituals/${ritual.id}/completions`, { date: today });
    const feed = (await b.post('/api/rituals/feed')).json();
    // The later areas' reads, each with something to read: an experiment under way, an anchor
    // kept, a try rated by one partner, an alignment draft, a role said, a snapshot kept.
    const created = async (
      res: Promise<{ statusCode: number; body: string; json: () => { id: string } }>,
    ) => {
      const r = await res;
      expect(r.statusCode, r.body).toBeLessThan(300);
      return r.json();
    };
    const experiment = await created(
      a.post('/api/experiments', { title: 'Phones in the drawer', performer: 'both', metric: 'connection' }),
    );
    await created(b.post(`/api/experiments/${experiment.id}/accept`));
    const anchor = await created(
      a.post('/api/anchors', { name: 'Date night', cadence: { times: 1, days: 7 } }),
    );
    await created(a.post(`/api/anchors/${anchor.id}/checkoffs`, { date: today }));
    const idea = (await a.get('/api/exploration/ideas')).json().ideas[0];
    const tried = await created(a.post('/api/exploration/tries', { ideaId: idea.id }));
    await created(a.post(`/api/exploration/tries/${tried.id}/ratings`, { rating: 4 }));
    const round = await created(a.post('/api/alignment/rounds', { quarter: '2025-Q1' }));
    await created(a.patch(`/api/alignment/rounds/${round.id}/answer`, { optimizingFor: 'A calm home' }));
    await created(b.post('/api/anchors/roles', { role: 'co-parent' }));
    const snapshot = await created(a.post('/api/anchors/archive', { note: 'Before the move' }));
    const idOf = (path: string) =>
      path.startsWith('/api/experiments/')
        ? experiment.id
        : path.startsWith('/api/anchors/archive/')
          ? snapshot.id
          : path.startsWith('/api/anchors/')
            ? anchor.id
            : path.startsWith('/api/alignment/')
              ? round.id
              : path.startsWith('/api/log/')
                ? entry.id
                : habit.id;

    const { db } = store();
    const everything = async () =>
      JSON.stringify([
        serializeBackup(await backupCouple(db, coupleId)),
        await db.selectFrom('sessions').selectAll().orderBy('id').execute(),
        await db.selectFrom('rate_limits').selectAll().orderBy('key').execute(),
        await db.selectFrom('idempotency').selectAll().orderBy('key').execute(),
      ]);
    const values: Record<string, string> = {
      date: today,
      token: String(feed.url).split('/').pop()!,
      domain: 'intimacy',
    };
    const doc = (await a.get('/api/openapi.json')).json();
    const gets = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([, ops]) => 'get' in ops)
      .map(([path]) =>
        path.replace(/\{(\w+)\}/g, (_, name: string) =>
          name === 'id' ? idOf(path) : (values[name] ?? entry.id),
        ),
      );
    expect(gets.length).toBeGreaterThan(20);

    const before = await everything();
    const changed: string[] = [];
    for (const url of gets) {
      for (const who of [a, b]) {
        await who.get(url);
        if ((await everything()) !== before) {
          changed.push(`${url} as ${who.name}`);
          break;
        }
      }
      if (changed.length > 0) break;
    }
    expect(changed).toEqual([]);
  }, 120_000); // every GET of the API on a year of data: slow on a busy machine, and nothing in it is timed

  it('gives couples from before 0006 the built-in rituals once (migration 0006), leaving others alone', async () => {
    const old = await makeCouple(app());
    const kept = await makeCouple(app());
    const { db } = store();
    await db.deleteFrom('rituals').where('couple_id', '=', old.coupleId).execute();
    const before = await db
      .selectFrom('rituals')
      .select('id')
      .where('couple_id', '=', kept.coupleId)
      .execute();
    await addDefaultRituals(db);
    const added = (await old.a.get('/api/rituals')).json().rituals;
    expect(added.map((r: { title: string }) => r.title)).toContain('Daily appreciation');
    expect(added).toHaveLength(6);
    expect(
      await db.selectFrom('rituals').select('id').where('couple_id', '=', kept.coupleId).execute(),
    ).toEqual(before);
  });

  it('runs 0006 on a database that already ran 0007–0010 (it landed after them)', async () => {
    const old = await makeCouple(app());
    const { db } = store();
    await db.deleteFrom('rituals').where('couple_id', '=', old.coupleId).execute();
    await sql`delete from attune_migrations where name = '0006_default_rituals'`.execute(db);
    expect(await migrateToLatest(db)).toEqual(['0006_default_rituals']);
    expect((await old.a.get('/api/rituals')).json().rituals).toHaveLength(6);
  });
});
