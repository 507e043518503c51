import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { UNDO_MS } from '../../src/areas/log/rules.ts';
import { HOUSEKEEPING_LOCK_KEY, housekeep, IDEMPOTENCY_KEEP_MS } from '../../src/server/housekeeping.ts';
import { LONGEST_WINDOW_MS } from '../../src/storage/limits.ts';
import { makeCouple, today, useApp } from '../support/app.ts';
import { DIALECTS } from '../support/stores.ts';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DIALECTS)('housekeeping on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  it('removes what is past its use and keeps everything that is not', async () => {
    const now = Date.now();
    const { a, b, coupleId } = await makeCouple(app());
    const { db } = store();
    const user = (await a.get('/api/account')).json().id as string;
    // Sessions: one expired, and the partners' live ones.
    await db
      .insertInto('sessions')
      .values({
        id: 'expired-session',
        token_hash: 'x'.repeat(64),
        user_id: user,
        created_at: iso(now - 40 * 24 * HOUR),
        last_seen_at: iso(now - 31 * 24 * HOUR),
        expires_at: iso(now - HOUR),
        user_agent: 'old phone',
      })
      .execute();
    // Idempotency answers: one past keeping, one fresh.
    await db
      .insertInto('idempotency')
      .values([
        {
          user_id: user,
          key: 'old-key-0001',
          status: 201,
          body: '{}',
          created_at: iso(now - IDEMPOTENCY_KEEP_MS - HOUR),
        },
        { user_id: user, key: 'new-key-0001', status: 201, body: '{}', created_at: iso(now - HOUR) },
      ])
      .execute();
    // Rate limits: spent, counting, and old but still blocked.
    await db
      .insertInto('rate_limits')
      .values([
        { key: 'spent', count: 9, window_start: iso(now - LONGEST_WINDOW_MS - HOUR), blocked_until: null },
        { key: 'counting', count: 2, window_start: iso(now - HOUR), blocked_until: null },
        {
          key: 'blocked',
          count: 20,
          window_start: iso(now - LONGEST_WINDOW_MS - HOUR),
          blocked_until: iso(now + HOUR),
        },
      ])
      .execute();
    // Log entries: one deleted past its undo window, one still undoable, one live.
    const entry = async (text: string) =>
      (await a.post('/api/log', { kind: 'note', date: today(), text, visibility: 'shared' })).json()
        .id as string;
    const gone = await entry('deleted long ago');
    const undoable = await entry('deleted just now');
    const live = await entry('still here');
    await a.delete(`/api/log/${gone}`);
    await a.delete(`/api/log/${undoable}`);
    await db
      .updateTable('log')
      .set({ deleted_at: iso(now - UNDO_MS - 1000) })
      .where('id', '=', gone)
      .execute();

    // Reminder claims: one from four days ago (done guarding), one from today.
    await db
      .insertInto('reminders_sent')
      .values([
        { couple_id: coupleId, user_id: user, key: 'checkin:old', sent_at: iso(now - 4 * 24 * HOUR) },
        { couple_id: coupleId, user_id: user, key: 'checkin:today', sent_at: iso(now - HOUR) },
      ])
      .execute();

    const tidied = await housekeep(store(), now);
    expect(tidied).toEqual({
      sessions: 1,
      idempotency: 1,
      rateLimits: 1,
      logEntries: 1,
      snapshots: 0,
      reminders: 1,
    });
    const claims = await db.selectFrom('reminders_sent').select('key').execute();
    expect(claims.map((c) => c.key)).toEqual(['checkin:today']);
    const sessions = await db.selectFrom('sessions').select('id').execute();
    expect(sessions.map((s) => s.id)).not.toContain('expired-session');
    expect((await a.get('/api/account')).statusCode).toBe(200);
    expect((await b.get('/api/account')).statusCode).toBe(200);
    const keys = (await db.selectFrom('idempotency').select('key').execute()).map((r) => r.key);
    expect(keys).toContain('new-key-0001');
    expect(keys).not.toContain('old-key-0001');
    const limits = (await db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key);
    expect(limits).toEqual(expect.arrayContaining(['counting', 'blocked']));
    expect(limits).not.toContain('spent');
    const ids = (await db.selectFrom('log').select('id').execute()).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([undoable, live]));
    expect(ids).not.toContain(gone);
    expect((await a.post(`/api/log/${undoable}/restore`)).statusCode).toBe(200);
    // Nothing left to do the second time.
    expect(await housekeep(store(), now)).toEqual({
      sessions: 0,
      idempotency: 0,
      rateLimits: 0,
      logEntries: 0,
      snapshots: 0,
      reminders: 0,
    });
  });

  // Several app servers share PostgreSQL only (SQLite is one server's file), so the lock is
  // declared there alone rather than reported as a skipped test on SQLite.
  if (dialect === 'postgres')
    it('runs on one server at a time: another skips while the lock is held', async () => {
      const now = Date.now();
      await store()
        .db.insertInto('rate_limits')
        .values({
          key: 'spent-too',
          count: 1,
          window_start: iso(now - LONGEST_WINDOW_MS - HOUR),
          blocked_until: null,
        })
        .execute();
      // Another server is mid-run: it holds the lock in its transaction.
      const other = new pg.Client({ connectionString: (store() as unknown as { url: string }).url });
      await other.connect();
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock($1)', [HOUSEKEEPING_LOCK_KEY]);
      expect(await housekeep(store(), now)).toBeNull();
      const left = await store()
        .db.selectFrom('rate_limits')
        .select('key')
        .where('key', '=', 'spent-too')
        .execute();
      expect(left).toHaveLength(1);
      await other.query('commit');
      await other.end();
      expect((await housekeep(store(), now))?.rateLimits).toBe(1);
    });
});
