/**
 * Anchors (issue 21): the anchors screen (every anchor with its lapse test) and a check-off, on
 * SQLite and PostgreSQL, beside bare Fastify running the same SQL (bench/bare.ts), through
 * bench/load.ts: throughput, then p50/p99 at half of attune's maximum. The couple has five
 * anchors started a year ago, each with a year of check-offs (about 900 in all).
 */
import { addDays, localDate } from '../src/dates.ts';
import { type DialectLabel, onBothDatabases } from './databases.ts';
import type { Report } from './harness.ts';
import { compareLoads, load, SAME_SQL, withServers } from './load.ts';

const PLAN = [
  { name: 'Date night', times: 1, days: 7, keep: 0.9 },
  { name: 'Morning coffee together', times: 5, days: 7, keep: 0.8 },
  { name: 'Sunday walk', times: 1, days: 7, keep: 0.85 },
  { name: 'Phones away at dinner', times: 4, days: 7, keep: 0.7 },
  { name: 'Weekend away', times: 1, days: 90, keep: 0.03 },
];

async function benchDialect(report: Report, dialect: DialectLabel, url: string): Promise<void> {
  await withServers(url, async ({ store, app, base, couple }) => {
    const { coupleId, a, b, call } = couple;
    const today = localDate('UTC');
    const start = addDays(today, -365);
    const ids: string[] = [];
    const rows = [];
    for (const [k, p] of PLAN.entries()) {
      const anchor = await call('POST', '/api/anchors', {
        name: p.name,
        cadence: { times: p.times, days: p.days },
        startDate: start,
      });
      ids.push(anchor.id as string);
      // A year of check-offs, the last week left free for the write; deterministic, with lapses.
      for (let d = 0; d < 358; d++)
        if (((d * 37 + k * 11) % 100) / 100 < p.keep)
          rows.push({
            couple_id: coupleId,
            anchor_id: anchor.id as string,
            date: addDays(start, d),
            by_user: d % 2 ? a.id : b.id,
            created_at: new Date().toISOString(),
          });
    }
    for (let i = 0; i < rows.length; i += 500)
      await store.db
        .insertInto('anchor_checkoffs')
        .values(rows.slice(i, i + 500))
        .execute();
    const what = `${PLAN.length} anchors, ${rows.length} check-offs`;
    await compareLoads(report, {
      label: `anchors screen (${what})`,
      dialect,
      app: { port: app.port, load: load('GET', '/api/anchors', a.cookie) },
      base: { port: base.port, load: load('GET', '/anchors', a.cookie), label: SAME_SQL },
      p99Target: true,
    });
    const body = { date: addDays(today, -1) };
    await compareLoads(report, {
      label: 'anchor check-off',
      dialect,
      app: { port: app.port, load: load('POST', `/api/anchors/${ids[1]}/checkoffs`, a.cookie, body) },
      base: {
        port: base.port,
        load: load('POST', `/anchors/${ids[1]}/checkoffs`, a.cookie, body),
        label: SAME_SQL,
      },
      p99Target: true,
    });
  });
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('anchors', (dialect, url) => benchDialect(report, dialect, url));
}
