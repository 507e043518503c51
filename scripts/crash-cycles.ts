/*
 * kill -9 under write load, as many cycles as you like (CI runs 20 per database):
 *
 *   npm exec -- node scripts/crash-cycles.ts --cycles 1000 [--database postgres://…] [--seed N]
 *
 * Without --database it uses a new SQLite file in a temporary folder. Prints the verdict and
 * exits 1 when an acknowledged write was lost, written twice, or an import was half applied.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRng } from '../src/stats/random.ts';
import { crashCycle, makePartners, newLedger, verifyLedger } from '../test/support/crash.ts';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '1000' },
    database: { type: 'string' },
    seed: { type: 'string' },
  },
});
const cycles = Number(values.cycles);
const seed = Number(values.seed ?? Date.now() % 100_000);
const dir = values.database ? null : mkdtempSync(join(tmpdir(), 'attune-crash-'));
const url = values.database ?? join(dir!, 'attune.db');
console.log(
  `crash cycles: ${cycles} on ${values.database ? 'the given database' : 'a new SQLite file'}, seed ${seed}`,
);
try {
  const rng = createRng(seed);
  const partners = await makePartners(url);
  const ledger = newLedger();
  for (let cycle = 0; cycle < cycles; cycle++) {
    await crashCycle(url, partners, ledger, rng, cycle);
    if ((cycle + 1) % 50 === 0)
      console.log(`  ${cycle + 1} kills, ${ledger.entries.size} acknowledged so far`);
  }
  const verdict = await verifyLedger(url, partners, ledger);
  console.log(
    `${cycles} kills: ${verdict.acknowledged} acknowledged entries, ${verdict.retried} retried, ` +
      `imports whole ${verdict.imports.complete}, absent ${verdict.imports.absent}`,
  );
  for (const p of verdict.problems) console.log(`PROBLEM: ${p}`);
  process.exitCode = verdict.problems.length > 0 ? 1 : 0;
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
