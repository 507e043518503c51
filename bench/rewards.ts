/**
 * Rewards (issue 21): the reward audit (the items one may see, and the hint computed from every
 * log entry one may see) and adding an item, on SQLite and PostgreSQL, beside bare Fastify
 * running the same SQL (bench/bare-more.ts), through bench/load.ts: throughput, then p50/p99 at
 * half of attune's maximum. The couple has a year of log entries and a dozen audit items.
 */
import { addDays, localDate } from '../src/dates.ts';
import { newId } from '../src/storage/ids.ts';
import { type DialectLabel, onBothDatabases } from './databases.ts';
import type { Report } from './harness.ts';
import { compareLoads, load, SAME_SQL, withServers } from './load.ts';

const LABELS = ['immediate', 'relief', 'both'] as const;
const KINDS = ['appreciation', 'repair', 'note'] as const;

async function benchDialect(report: Report, dialect: DialectLabel, url: string): Promise<void> {
  await withServers(url, async ({ store, app, base, couple }) => {
    const { coupleId, a, b, call } = couple;
    const today = localDate('UTC');
    const now = new Date().toISOString();
    const log = [];
    for (let d = 1; d <= 365; d++)
      if (d % 3 !== 0)
        log.push({
          couple_id: coupleId,
          id: newId(),
          author_id: d % 2 ? a.id : b.id,
          kind: KINDS[d % 3]!,
          date: addDays(today, -d),
          text: `Something that happened on day ${d}, told the way one would`,
          domains: JSON.stringify(d % 4 === 0 ? ['communication'] : []),
          intensity: null,
          visibility: 'shared' as const,
          repair_of: null,
          promise_due: null,
          promise_state: null,
          fingerprint: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        });
    for (let i = 0; i < log.length; i += 200)
      await store.db
        .insertInto('log')
        .values(log.slice(i, i + 200))
        .execute();
    for (let i = 0; i < 12; i++)
      await call('POST', '/api/rewards/audit', {
        behaviour: `Something I do when tired, number ${i}`,
        label: LABELS[i % 3],
        visibility: i % 2 ? 'shared' : 'private',
      });
    await compareLoads(report, {
      label: `reward audit (12 items, ${log.length} log entries)`,
      dialect,
      app: { port: app.port, load: load('GET', '/api/rewards/audit', a.cookie) },
      base: { port: base.port, load: load('GET', '/rewards/audit', a.cookie), label: SAME_SQL },
      p99Target: true,
    });
    const body = { behaviour: 'Scrolling my phone in bed', label: 'relief', visibility: 'private' };
    await compareLoads(report, {
      label: 'reward audit item add',
      dialect,
      app: { port: app.port, load: load('POST', '/api/rewards/audit', a.cookie, body) },
      base: { port: base.port, load: load('POST', '/rewards/audit', a.cookie, body), label: SAME_SQL },
      p99Target: true,
    });
  });
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('rewards', (dialect, url) => benchDialect(report, dialect, url));
}
