import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { backupCommand } from '../../src/cli/backup.ts';
import { restoreCommand } from '../../src/cli/export.ts';
import { main } from '../../src/cli/main.ts';
import { rekeyCommand } from '../../src/cli/rekey.ts';
import { buildApp } from '../../src/server/app.ts';
import { defaultConfig } from '../../src/server/context.ts';
import { openStore } from '../../src/storage/db.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { makeCouple, today } from '../support/app.ts';
import { captureIo } from '../support/cli-io.ts';

/*
 * Encryption at rest for the SQLite default: with a key, neither the database file nor its WAL
 * holds a word in plain text; a wrong or missing key fails with a clear sentence; rekeying,
 * backups and restores keep the data and the encryption.
 */
const dir = mkdtempSync(join(tmpdir(), 'attune-encrypted-'));
const KEY = 'correct horse battery staple key';
const keyFile = join(dir, 'key');
writeFileSync(keyFile, `${KEY}\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.ATTUNE_DB_KEY;
  delete process.env.ATTUNE_DB_KEY_FILE;
});

/** A database with a couple and a canary entry, written through the API, left open for a look. */
async function populate(path: string, key: string | null) {
  const store = await openStore({ url: path, key });
  await migrateToLatest(store.db);
  const app = await buildApp({ store, config: defaultConfig });
  const { a } = await makeCouple(app);
  const canary = `PLAINTEXT-CANARY-${Math.random().toString(36).slice(2, 10)}`;
  const res = await a.post('/api/log', {
    kind: 'appreciation',
    date: today(),
    text: canary,
    visibility: 'shared',
  });
  expect(res.statusCode).toBe(201);
  return { store, app, canary, a };
}

const bytesOf = (path: string) =>
  [path, `${path}-wal`]
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');

describe('encryption at rest (SQLite)', () => {
  it('keeps every word out of the file and the WAL, and the data readable with the key', async () => {
    const path = join(dir, 'enc.db');
    const { store, app, canary, a } = await populate(path, KEY);
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(bytesOf(path)).not.toContain(canary); // before a checkpoint, the WAL holds the write
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    expect(bytesOf(path)).not.toContain(canary);
    expect(bytesOf(path)).not.toContain('SQLite format 3');
    expect((await a.get('/api/log')).body).toContain(canary);
    await app.close();
    await store.close();

    // The control: the same writes without a key are there to be read.
    const plain = join(dir, 'plain.db');
    const p = await populate(plain, null);
    expect(bytesOf(plain)).toContain(p.canary);
    await p.app.close();
    await p.store.close();
  });

  it('refuses a wrong key, and a missing one, with a clear sentence', async () => {
    const path = join(dir, 'enc2.db');
    const { store, app } = await populate(path, KEY);
    await app.close();
    await store.close();
    await expect(openStore({ url: path, key: 'not the right key at all' })).rejects.toThrow(
      /does not open with the key given.*the key is wrong/,
    );
    await expect(openStore({ url: path, key: null })).rejects.toThrow(/is encrypted \(or damaged\)/);
    // Through the command line: one sentence, exit 1, no stack trace.
    process.env.ATTUNE_DB_KEY = 'not the right key at all';
    const io = captureIo();
    expect(await main(['migrate', '--database', path], io)).toBe(1);
    expect(io.err).toMatch(/^attune migrate: The database at .* does not open with the key given/);
  });

  it('encrypts a plain database, changes its key, and decrypts it, keeping the data', async () => {
    const path = join(dir, 'rekey.db');
    const { store, app, canary, a } = await populate(path, null);
    await app.close();
    await store.close();

    let io = captureIo();
    expect(await rekeyCommand(['--database', path, '--new-key-file', keyFile], io), io.err).toBe(0);
    expect(bytesOf(path)).not.toContain(canary);
    const newKeyFile = join(dir, 'key2');
    writeFileSync(newKeyFile, 'a second long enough key');
    process.env.ATTUNE_DB_KEY_FILE = keyFile;
    io = captureIo();
    expect(await rekeyCommand(['--database', path, '--new-key-file', newKeyFile], io), io.err).toBe(0);
    await expect(openStore({ url: path, key: KEY })).rejects.toThrow(/the key is wrong/);
    const reopened = await openStore({ url: path, key: 'a second long enough key' });
    const again = await buildApp({ store: reopened, config: defaultConfig });
    // The same person, with the same session cookie, on the re-keyed database.
    const log = await again.inject({ method: 'GET', url: '/api/log', headers: { cookie: a.cookie! } });
    expect(log.body).toContain(canary);
    await again.close();
    await reopened.close();

    process.env.ATTUNE_DB_KEY_FILE = newKeyFile;
    io = captureIo();
    expect(await rekeyCommand(['--database', path, '--decrypt'], io), io.err).toBe(0);
    expect(bytesOf(path)).toContain(canary);

    delete process.env.ATTUNE_DB_KEY_FILE;
    process.env.ATTUNE_DB_KEY = 'a wrong key, long enough';
    io = captureIo();
    expect(await rekeyCommand(['--database', join(dir, 'enc2.db'), '--decrypt'], io)).toBe(2);
    expect(io.err).toMatch(/Nothing was changed/);
  });

  it('backs up an encrypted database encrypted, and restores it with the key', async () => {
    const path = join(dir, 'backup-src.db');
    process.env.ATTUNE_DB_KEY = KEY;
    const { store, app, canary } = await populate(path, KEY);
    const out = join(dir, 'enc-backups');
    let io = captureIo();
    expect(await backupCommand(['--database', path, '--out', out], io), io.err).toBe(0);
    await app.close();
    await store.close();
    const copy = join(out, readdirSync(out)[0]!);
    expect(readFileSync(copy).toString('latin1')).not.toContain(canary);

    const target = join(dir, 'restored-enc.db');
    io = captureIo();
    expect(await restoreCommand([copy, '--database', target], io), io.err).toBe(0);
    const restored = await openStore({ url: target, key: KEY });
    const rows = await restored.db.selectFrom('log').select('text').execute();
    expect(rows.map((r) => r.text)).toContain(canary);
    await restored.close();
  });
});
