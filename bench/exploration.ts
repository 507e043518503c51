/**
 * Exploration (issue 21): the overview (zone, budget, tries with their ratings, latest draws) and
 * a rating, on SQLite and PostgreSQL, beside bare Fastify running the same SQL (bench/bare.ts),
 * through bench/load.ts: throughput, then p50/p99 at half of attune's maximum. The couple has 64
 * ideas of its own besides the starter ideas, 40 tries over the past year rated by both, and a
 * few suggestions; all made through the API, as the app makes them.
 */
import { addDays, localDate } from '../src/dates.ts';
import { type DialectLabel, onBothDatabases } from './databases.ts';
import type { Report } from './harness.ts';
import { compareLoads, load, SAME_SQL, withServers } from './load.ts';

const DOMAINS = ['communication', 'intimacy', 'conflict_resolution', 'logistics'];
const IDEAS = 64;
const TRIES = 40;

async function benchDialect(report: Report, dialect: DialectLabel, url: string): Promise<void> {
  await withServers(url, async ({ app, base, couple }) => {
    const { a, b, call } = couple;
    const today = localDate('UTC');
    const ideas: string[] = [];
    for (let i = 0; i < IDEAS; i++) {
      const idea = await call('POST', '/api/exploration/ideas', {
        domain: DOMAINS[i % DOMAINS.length],
        text: `Idea ${i}: something new to try together, with a few words about it`,
      });
      ideas.push(idea.id as string);
    }
    const tries: string[] = [];
    for (let i = 0; i < TRIES; i++) {
      const startedOn = addDays(today, -360 + i * 9);
      const t = await call('POST', '/api/exploration/tries', { ideaId: ideas[(i * 7) % IDEAS], startedOn });
      tries.push(t.id as string);
      await call('POST', `/api/exploration/tries/${t.id}/ratings`, { rating: 1 + (i % 5) }, a.cookie);
      await call('POST', `/api/exploration/tries/${t.id}/ratings`, { rating: 1 + ((i * 3) % 5) }, b.cookie);
    }
    for (let i = 0; i < 8; i++) await call('POST', '/api/exploration/draws', { seed: i });
    const what = `${IDEAS} own ideas, ${TRIES} rated tries`;
    await compareLoads(report, {
      label: `exploration overview (${what})`,
      dialect,
      app: { port: app.port, load: load('GET', '/api/exploration', a.cookie) },
      base: { port: base.port, load: load('GET', '/exploration', a.cookie), label: SAME_SQL },
      p99Target: true,
    });
    const id = tries.at(-1)!;
    await compareLoads(report, {
      label: 'exploration rating',
      dialect,
      app: {
        port: app.port,
        load: load('POST', `/api/exploration/tries/${id}/ratings`, a.cookie, { rating: 4 }),
      },
      base: {
        port: base.port,
        load: load('POST', `/exploration/tries/${id}/ratings`, a.cookie, { rating: 4 }),
        label: SAME_SQL,
      },
      p99Target: true,
    });
  });
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('exploration', (dialect, url) => benchDialect(report, dialect, url));
}
