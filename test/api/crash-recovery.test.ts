import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/stats/random.ts';
import { crashCycle, makePartners, newLedger, verifyLedger } from '../support/crash.ts';
import { DIALECTS, freshStore } from '../support/stores.ts';

/*
 * kill -9 under write load, on both databases: the real server as a child process, writers with
 * idempotency keys and imports in flight, SIGKILL at a random moment, restart. Every write the
 * server acknowledged is there and equal, retried keys are written once, no import is half there.
 * `npm exec -- node scripts/crash-cycles.ts --cycles 1000` (Node 24, as npm brings it) runs many more cycles.
 */
const CYCLES = Number(process.env.ATTUNE_CRASH_CYCLES ?? 20);

describe.each(DIALECTS)('kill -9 under write load on %s', (dialect) => {
  it(`loses no acknowledged write and half-applies no import over ${CYCLES} kills`, {
    timeout: 600_000,
  }, async () => {
    const store = await freshStore(dialect);
    try {
      const seed = Number(process.env.ATTUNE_CRASH_SEED ?? Date.now() % 100_000);
      console.log(`crash-recovery on ${dialect}: seed ${seed} (ATTUNE_CRASH_SEED=${seed} replays it)`);
      const rng = createRng(seed);
      const partners = await makePartners(store.url);
      const ledger = newLedger();
      for (let cycle = 0; cycle < CYCLES; cycle++) await crashCycle(store.url, partners, ledger, rng, cycle);
      const verdict = await verifyLedger(store.url, partners, ledger);
      console.log(
        `crash-recovery on ${dialect}: ${CYCLES} kills, ${verdict.acknowledged} acknowledged entries, ` +
          `${verdict.retried} unanswered and retried, imports whole ${verdict.imports.complete}, absent ${verdict.imports.absent}`,
      );
      expect(verdict.problems).toEqual([]);
      // The load was real: writes were acknowledged, and kills caught some in flight.
      expect(verdict.acknowledged).toBeGreaterThanOrEqual(CYCLES * 3);
      expect(verdict.imports.complete).toBeGreaterThan(0);
      if (dialect === 'sqlite') {
        const db = new Database(store.url, { readonly: true });
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        db.close();
      }
    } finally {
      await store.drop();
    }
  });
});
