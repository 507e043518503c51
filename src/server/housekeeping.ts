import { sql } from 'kysely';
import { snapshotGoodPeriods } from '../areas/anchors/archive-store.ts';
import { purgeDeletedEntries } from '../areas/log/store.ts';
import { purgeSent } from '../areas/reminders/store.ts';
import type { Store } from '../storage/db.ts';
import { LONGEST_WINDOW_MS } from '../storage/limits.ts';

/*
 * Housekeeping: the tables that would otherwise only grow. Any app server may run it (serve does,
 * at start and every HOUSEKEEPING_EVERY_MS; `attune housekeeping` once); on PostgreSQL an advisory
 * lock lets one run at a time, and another server that finds it taken simply skips its turn.
 * Everything removed is past its use: nothing a person could still see, undo or retry.
 */

/** How often serve tidies. Several servers each try; the lock makes the extra tries cheap no-ops. */
export const HOUSEKEEPING_EVERY_MS = 10 * 60_000;
/** A retry carrying an Idempotency-Key gets the first answer back for this long. */
export const IDEMPOTENCY_KEEP_MS = 24 * 60 * 60_000;
/** The advisory lock's key on PostgreSQL: any fixed number that no other lock of ours uses. */
export const HOUSEKEEPING_LOCK_KEY = 7_304_318_061;

export interface Tidied {
  sessions: number;
  idempotency: number;
  rateLimits: number;
  logEntries: number;
  /** Automatic archive snapshots of good periods (taken here so that reading the archive never writes). */
  snapshots: number;
  /** Claims of reminders sent more than three days ago. */
  reminders: number;
}

/**
 * Removes expired sessions, remembered Idempotency-Key answers past IDEMPOTENCY_KEEP_MS,
 * rate-limit rows no window still counts, and log entries whose undo window has closed; takes the
 * archive's automatic snapshot for each couple whose last 28 days were good. Returns
 * how many rows of each went, or null when another server holds the lock (PostgreSQL).
 */
export async function housekeep(store: Store, now = Date.now()): Promise<Tidied | null> {
  return store.db.transaction().execute(async (trx) => {
    if (store.dialect === 'postgres') {
      // Released at commit; `try` so that a second server skips instead of waiting in line.
      const lock = await sql<{
        ok: boolean;
      }>`select pg_try_advisory_xact_lock(${HOUSEKEEPING_LOCK_KEY}) as ok`.execute(trx);
      if (!lock.rows[0]?.ok) return null;
    }
    const iso = (ms: number) => new Date(ms).toISOString();
    const sessions = await trx.deleteFrom('sessions').where('expires_at', '<=', iso(now)).executeTakeFirst();
    const idempotency = await trx
      .deleteFrom('idempotency')
      .where('created_at', '<', iso(now - IDEMPOTENCY_KEEP_MS))
      .executeTakeFirst();
    const rateLimits = await trx
      .deleteFrom('rate_limits')
      .where('window_start', '<', iso(now - LONGEST_WINDOW_MS))
      .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', iso(now))]))
      .executeTakeFirst();
    const logEntries = await purgeDeletedEntries(trx, null, now);
    const snapshots = await snapshotGoodPeriods(trx, now);
    const reminders = await purgeSent(trx, now);
    return {
      sessions: Number(sessions.numDeletedRows),
      idempotency: Number(idempotency.numDeletedRows),
      rateLimits: Number(rateLimits.numDeletedRows),
      logEntries,
      snapshots,
      reminders,
    };
  });
}

/**
 * Runs housekeeping now and then every HOUSEKEEPING_EVERY_MS until stopped. A failure (the
 * database restarting, say) is logged and tried again next time; it never ends the server.
 */
export function scheduleHousekeeping(store: Store, log: (message: string) => void): () => void {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = housekeep(store).catch((error: Error) => log(`housekeeping failed: ${error.message}`));
  };
  run();
  const timer = setInterval(run, HOUSEKEEPING_EVERY_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    return running;
  };
}
