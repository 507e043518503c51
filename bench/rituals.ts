/**
 * Rituals (issue 21): the rituals screen (every ritual with the last 30 days' completions) and
 * marking one done, on SQLite and PostgreSQL, beside bare Fastify running the same SQL
 * (bench/bare.ts), through bench/load.ts: throughput, then p50/p99 at half of attune's maximum.
 * The couple keeps the built-in rituals and a year of completions by both partners.
 */
import { addDays, localDate } from '../src/dates.ts';
import { newId } from '../src/storage/ids.ts';
import { type DialectLabel, onBothDatabases } from './databases.ts';
import type { Report } from './harness.ts';
import { compareLoads, load, SAME_SQL, withServers } from './load.ts';

async function benchDialect(report: Report, dialect: DialectLabel, url: string): Promise<void> {
  await withServers(url, async ({ store, app, base, couple }) => {
    const { coupleId, a, b, call } = couple;
    const { rituals } = (await call('GET', '/api/rituals', undefined)) as { rituals: { id: string }[] };
    const today = localDate('UTC');
    const rows = [];
    for (const [k, r] of rituals.entries())
      for (let d = 8; d < 365; d++)
        for (const who of [a.id, b.id])
          if ((d * 13 + k * 7 + who.length) % 10 < 6)
            rows.push({
              couple_id: coupleId,
              id: newId(),
              ritual_id: r.id,
              author_id: who,
              date: addDays(today, -d),
              created_at: new Date().toISOString(),
            });
    for (let i = 0; i < rows.length; i += 500)
      await store.db
        .insertInto('ritual_completions')
        .values(rows.slice(i, i + 500))
        .execute();
    await compareLoads(report, {
      label: `rituals screen (${rituals.length} rituals, ${rows.length} completions)`,
      dialect,
      app: { port: app.port, load: load('GET', '/api/rituals', a.cookie) },
      base: { port: base.port, load: load('GET', '/rituals', a.cookie), label: SAME_SQL },
      p99Target: true,
    });
    const body = { date: addDays(today, -1) };
    const id = rituals[0]!.id;
    await compareLoads(report, {
      label: 'ritual done',
      dialect,
      app: { port: app.port, load: load('POST', `/api/rituals/${id}/completions`, a.cookie, body) },
      base: {
        port: base.port,
        load: load('POST', `/rituals/${id}/completions`, a.cookie, body),
        label: SAME_SQL,
      },
      p99Target: true,
    });
  });
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('rituals', (dialect, url) => benchDialect(report, dialect, url));
}
