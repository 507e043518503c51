/**
 * Moving data in and out, on SQLite: committing a three-year notebook import (~1,000 entries)
 * beside a plain bulk insert of the same rows in one transaction; `attune demo` for three years;
 * the full JSON export of the demo couple beside the raw read of the same rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertUser } from '../src/areas/account/store.ts';
import { insertCouple } from '../src/areas/couple/store.ts';
import { commitImport } from '../src/areas/log/import.ts';
import { loadDemo } from '../src/demo/load.ts';
import { planDemo } from '../src/demo/plan.ts';
import { backupCouple, serializeBackup } from '../src/export/backup.ts';
import { COUPLE_TABLES } from '../src/export/tables.ts';
import { parseImport } from '../src/import/preview.ts';
import { openStore, type Store } from '../src/storage/db.ts';
import { newId, nowIso } from '../src/storage/ids.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { percentile, type Report, timeRuns } from './harness.ts';
import { generateNotebook } from './import.ts';

async function freshSqlite(dir: string, name: string): Promise<Store> {
  const store = await openStore({ url: join(dir, `${name}.db`) });
  await migrateToLatest(store.db);
  return store;
}

async function newCouple(store: Store, tag: string): Promise<{ coupleId: string; userId: string }> {
  const user = await insertUser(store.db, `${tag}-${newId()}@example.com`, 'x');
  const coupleId = await insertCouple(store.db, user.id, 'Bench', 'UTC');
  return { coupleId, userId: user.id };
}

export async function run(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'attune-bench-data-'));
  try {
    const store = await freshSqlite(dir, 'import');
    const bytes = new TextEncoder().encode(generateNotebook(1000));
    const preview = parseImport(bytes, 'notebook.md');
    const commit = await timeRuns(async () => {
      const target = await newCouple(store, 'imp');
      await store.db
        .transaction()
        .execute((trx) =>
          commitImport(
            trx,
            { coupleId: target.coupleId, authorId: target.userId, visibility: 'private' },
            preview,
          ),
        );
    }, 7);
    const bulk = await timeRuns(async () => {
      const { coupleId, userId } = await newCouple(store, 'bulk');
      const now = nowIso();
      const rows = preview.entries.map((e) => ({
        couple_id: coupleId,
        id: newId(),
        author_id: userId,
        kind: e.kind,
        date: e.date,
        text: e.text,
        domains: JSON.stringify(e.domains),
        intensity: e.intensity,
        visibility: 'private' as const,
        repair_of: null,
        promise_due: e.dueDate,
        promise_state: e.promiseState,
        fingerprint: e.fingerprint,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      }));
      await store.db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 200)
          await trx
            .insertInto('log')
            .values(rows.slice(i, i + 200))
            .execute();
      });
    }, 7);
    report({
      name: `import commit, ${preview.entries.length} entries, SQLite, median`,
      value: percentile(commit, 50),
      unit: 'ms',
      better: 'lower',
      baseline: { value: percentile(bulk, 50), label: 'plain bulk insert of the same rows, one transaction' },
      target: '≤ 1000 ms',
      ok: percentile(commit, 50) <= 1000,
    });
    await store.close();

    const demoStore = await freshSqlite(dir, 'demo');
    const t0 = performance.now();
    const plan = planDemo(1, '2026-11-23');
    const coupleId = await loadDemo(demoStore.db, plan);
    const demoMs = performance.now() - t0;
    report({
      name: `attune demo, three years (${plan.log.length} entries, ${plan.checkins.length} check-ins)`,
      value: demoMs,
      unit: 'ms',
      better: 'lower',
      target: '≤ 10000 ms',
      ok: demoMs <= 10_000,
    });

    const exportRuns = await timeRuns(
      async () => serializeBackup(await backupCouple(demoStore.db, coupleId)),
      5,
    );
    const rawRuns = await timeRuns(async () => {
      for (const t of COUPLE_TABLES) {
        const column = t.table === 'couples' ? 'id' : 'couple_id';
        await demoStore.db
          .selectFrom(t.table as 'log')
          .selectAll()
          .where(column as 'couple_id', '=', coupleId)
          .execute();
      }
    }, 5);
    report({
      name: 'full JSON export of the demo couple, median',
      value: percentile(exportRuns, 50),
      unit: 'ms',
      better: 'lower',
      baseline: { value: percentile(rawRuns, 50), label: 'raw read of the same rows' },
      target: '≤ 2000 ms',
      ok: percentile(exportRuns, 50) <= 2000,
    });
    await demoStore.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
