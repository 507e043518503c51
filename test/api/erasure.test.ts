import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { emailOf, makeCouple, PASSWORD, today, useApp } from '../support/app.ts';
import { register } from '../support/authenticator.ts';
import { browserKeys } from '../support/push-service.ts';
import { DIALECTS } from '../support/stores.ts';

/*
 * Erasure: deleting an account removes every row of that person (whatever the area), ends their
 * sessions, calendar feed, push devices and passkeys, and leaves the partner's own data. On SQLite, with secure_delete,
 * no canary of theirs remains in the database file or its WAL after a checkpoint.
 */
describe.each(DIALECTS)('deleting an account on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  async function allCells(): Promise<Array<{ table: string; row: string }>> {
    const db = store().db;
    const tables =
      dialect === 'sqlite'
        ? (
            await sql<{
              name: string;
            }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
          ).rows
        : (
            await sql<{
              name: string;
            }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(
              db,
            )
          ).rows;
    const cells: Array<{ table: string; row: string }> = [];
    for (const { name } of tables) {
      const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db)).rows;
      for (const row of rows) cells.push({ table: name, row: JSON.stringify(row) });
    }
    return cells;
  }

  it('removes every row of theirs in every table, ends their sessions and feed, and keeps the partner’s data', async () => {
    const { a: lisa, b: michael } = await makeCouple(app());
    const tag = Math.random().toString(36).slice(2, 10);
    const canary = (what: string) => `ERASE-${what}-${tag}`;
    const me = (await lisa.get('/api/account')).json();
    const lisaId: string = me.id ?? me.user?.id;
    expect(lisaId, JSON.stringify(me)).toBeTruthy();

    const shared = await lisa.post(
      '/api/log',
      { kind: 'conflict', date: today(), text: canary('conflict'), visibility: 'shared' },
      { 'Idempotency-Key': `erase-${tag}` },
    );
    expect(shared.statusCode).toBe(201);
    await lisa.post('/api/log', {
      kind: 'note',
      date: today(),
      text: canary('private'),
      visibility: 'private',
    });
    const checkin = await lisa.post('/api/checkins', {
      date: today(),
      satisfaction: 6,
      energy: 5,
      connection: 7,
      conflicts: 1,
      positives: 2,
      note: canary('checkin-note'),
      noteVisibility: 'shared',
    });
    expect(checkin.statusCode, checkin.body).toBe(200);
    const habit = await lisa.post('/api/habits', {
      cue: 'After I pour the coffee',
      action: `I say ${canary('habit')} aloud`,
      owner: 'me',
      domain: 'communication',
      schedule: { kind: 'daily' },
      startDate: today(),
    });
    expect(habit.statusCode, habit.body).toBe(201);
    await lisa.post(`/api/habits/${habit.json().id}/checkoffs`, { date: today() });
    const audit = await lisa.post('/api/rewards/audit', {
      behaviour: canary('audit'),
      label: 'relief',
      visibility: 'shared',
    });
    expect(audit.statusCode, audit.body).toBe(201);
    await lisa.post('/api/checkins/csi4', { items: [4, 3, 3, 3] });
    // Reminders on a device (the push address a canary) and a passkey: a person's, gone with them.
    const device = browserKeys();
    const pushed = await lisa.post('/api/reminders/devices', {
      endpoint: `http://127.0.0.1:9/push/${canary('device')}`,
      keys: device.json,
    });
    expect(pushed.statusCode, pushed.body).toBe(201);
    expect((await lisa.patch('/api/reminders', { checkinTime: '21:00' })).statusCode).toBe(200);
    const start = (await lisa.post('/api/account/passkeys/options')).json();
    const made = register(start.options, 'http://localhost:80');
    const passkey = await lisa.post('/api/account/passkeys', {
      challengeId: start.challengeId,
      name: canary('passkey'),
      credential: made.response,
    });
    expect(passkey.statusCode, passkey.body).toBe(201);
    const feed = await lisa.post('/api/rituals/feed');
    expect(feed.statusCode, feed.body).toBe(201);
    const feedUrl = new URL(feed.json().url, 'http://localhost').pathname;
    expect((await michael.get(feedUrl)).statusCode).toBe(200);

    const keep = await michael.post('/api/log', {
      kind: 'repair',
      date: today(),
      text: `MICHAEL-KEEPS-${tag}`,
      visibility: 'shared',
      repairOf: shared.json().id,
    });
    expect(keep.statusCode, keep.body).toBe(201);

    const gone = await lisa.delete('/api/account', { password: PASSWORD });
    expect(gone.statusCode, gone.body).toBe(200);

    const leftovers = (await allCells()).filter(
      ({ row }) =>
        row.includes(lisaId) || row.includes(emailOf(lisa)) || (row.includes(`ERASE-`) && row.includes(tag)),
    );
    expect(leftovers).toEqual([]);

    expect((await lisa.get('/api/log')).statusCode).toBe(401);
    expect((await michael.get(feedUrl)).statusCode).toBe(404);
    const hisLog = (await michael.get('/api/log')).json().entries as Array<{
      text: string;
      repairOf: string | null;
    }>;
    expect(hisLog.map((e) => e.text)).toEqual([`MICHAEL-KEEPS-${tag}`]);
    expect(hisLog[0]!.repairOf).toBeNull();

    if (dialect === 'sqlite') {
      // Overwritten, not just unlinked: secure_delete zeroes freed content; the checkpoint moves
      // the WAL into the file and truncates it.
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store().db);
      for (const file of [store().location, `${store().location}-wal`]) {
        if (!existsSync(file)) continue;
        const bytes = readFileSync(file).toString('latin1');
        const found = ['conflict', 'private', 'checkin-note', 'habit', 'audit', 'device', 'passkey']
          .map(canary)
          .filter((c) => bytes.includes(c));
        expect(found, file).toEqual([]);
      }
    }
  });
});
