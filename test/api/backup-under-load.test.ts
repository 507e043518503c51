import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../../src/cli/backup.ts';
import { restoreCommand } from '../../src/cli/export.ts';
import { createRng } from '../../src/stats/random.ts';
import { captureIo } from '../support/cli-io.ts';
import {
  killHard,
  makePartners,
  newLedger,
  readLog,
  startLoad,
  startServerProcess,
} from '../support/crash.ts';

/*
 * `attune backup` while the server takes writes, then `attune restore` of that copy into a fresh
 * instance: every write acknowledged before the backup started is there, equal.
 */
const dir = mkdtempSync(join(tmpdir(), 'attune-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('attune backup and restore of the SQLite database', () => {
  it('copies a running database under write load, and the restored copy holds every write acknowledged before it', {
    timeout: 180_000,
  }, async () => {
    const database = join(dir, 'live.db');
    const backups = join(dir, 'backups');
    const partners = await makePartners(database);
    const server = await startServerProcess(database);
    partners.a.base = server.url;
    partners.b.base = server.url;
    const ledger = newLedger();
    const load = startLoad(partners, ledger, createRng(7), 'b');
    let io: ReturnType<typeof captureIo>;
    let before: Map<string, { id: string; text: string }>;
    try {
      await load.acknowledged(30);
      before = new Map(ledger.entries);
      io = captureIo();
      expect(await backupCommand(['--database', database, '--out', backups], io), io.err).toBe(0);
      await load.acknowledged(10); // the writers went on during and after the copy
    } finally {
      await load.stop();
      await killHard(server);
    }
    expect(io.out).toMatch(/integrity ok/);
    const [copy] = readdirSync(backups);
    expect(copy).toMatch(/^attune-\d{8}T\d{9}Z\.db$/);

    const restored = join(dir, 'restored', 'attune.db');
    const restoreIo = captureIo();
    expect(
      await restoreCommand([join(backups, copy!), '--database', restored], restoreIo),
      restoreIo.err,
    ).toBe(0);
    const again = await startServerProcess(restored);
    try {
      partners.a.base = again.url; // sessions live in the database, so Lisa is still logged in
      const entries = new Map((await readLog(partners.a)).map((e) => [e.id, e.text]));
      const missing = [...before].filter(([, e]) => entries.get(e.id) !== e.text).map(([key]) => key);
      expect(missing).toEqual([]);
      expect(before.size).toBeGreaterThanOrEqual(30);
      // A copy, not the live file: writes after the backup are (mostly) not in it.
      expect(entries.size).toBeLessThan(ledger.entries.size + ledger.imports.size * 40);
    } finally {
      await killHard(again);
    }
  });

  it('keeps the newest N copies', async () => {
    const database = join(dir, 'rotate.db');
    await makePartners(database);
    const out = join(dir, 'rotation');
    for (let i = 0; i < 4; i++) {
      const io = captureIo();
      expect(await backupCommand(['--database', database, '--out', out, '--keep', '2'], io), io.err).toBe(0);
      await new Promise((r) => setTimeout(r, 5)); // distinct millisecond stamps
    }
    expect(readdirSync(out)).toHaveLength(2);
  });

  it('refuses a restore over an existing database, and a file that is not a backup, changing nothing', async () => {
    const database = join(dir, 'refuse.db');
    await makePartners(database);
    const out = join(dir, 'refuse-backups');
    expect(await backupCommand(['--database', database, '--out', out], captureIo())).toBe(0);
    const copy = join(out, readdirSync(out)[0]!);
    const io = captureIo();
    expect(await restoreCommand([copy, '--database', database], io)).toBe(2);
    expect(io.err).toMatch(/exists already; restore goes into a fresh instance\. Nothing was changed\./);

    const broken = join(dir, 'broken.db');
    writeFileSync(broken, 'SQLite format 3\0 but nothing after it');
    const brokenIo = captureIo();
    const target = join(dir, 'never.db');
    expect(await restoreCommand([broken, '--database', target], brokenIo)).not.toBe(0);
    expect(existsSync(target)).toBe(false);

    const pgIo = captureIo();
    expect(await backupCommand(['--database', 'postgres://u:p@127.0.0.1:1/x'], pgIo)).toBe(2);
    expect(pgIo.err).toMatch(/pg_dump/);
  });
});
