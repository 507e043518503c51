/**
 * Pace (issue 21): the pace screen (every domain with its weekly adherence, computed from every
 * habit's check-offs) and setting a domain's pace, on SQLite and PostgreSQL, beside bare Fastify
 * running the same SQL (bench/bare-more.ts), through bench/load.ts: throughput, then p50/p99 at
 * half of attune's maximum. The couple has four habits with a year of check-offs each.
 */
import { addDays, localDate } from '../src/dates.ts';
import { type DialectLabel, onBothDatabases } from './databases.ts';
import type { Report } from './harness.ts';
import { compareLoads, load, SAME_SQL, withServers } from './load.ts';

const HABITS = [
  ['communication', 'After I pour the coffee', 'I ask how you slept'],
  ['intimacy', 'After dinner', 'I hold your hand on the sofa'],
  ['communication', 'After I get home', 'I tell you one good thing from my day'],
  ['intimacy', 'After we switch off the lights', 'I say one thing I liked today'],
] as const;

async function benchDialect(report: Report, dialect: DialectLabel, url: string): Promise<void> {
  await withServers(url, async ({ store, app, base, couple }) => {
    const { coupleId, a, b, call } = couple;
    const today = localDate('UTC');
    const start = addDays(today, -365);
    // Two habits at once in a domain: the couple raised its pace first.
    for (const domain of ['communication', 'intimacy'])
      await call('PATCH', `/api/pace/${domain}`, { maxActive: 3 });
    const checkoffs = [];
    for (const [k, [domain, cue, action]] of HABITS.entries()) {
      const habit = (await call('POST', '/api/habits', {
        cue,
        action,
        owner: 'me',
        domain,
        schedule: { kind: 'daily' },
      })) as { id: string };
      // A year old: moved back in the store, as the API only starts habits near today.
      await store.db
        .updateTable('habits')
        .set({ start_date: start, created_at: `${start}T08:00:00.000Z` })
        .where('couple_id', '=', coupleId)
        .where('id', '=', habit.id)
        .execute();
      for (let d = 1; d <= 365; d++)
        if ((d * 7 + k * 3) % 10 < 7)
          checkoffs.push({
            couple_id: coupleId,
            habit_id: habit.id,
            date: addDays(today, -d),
            kind: (d % 13 === 0 ? 'skip' : 'done') as 'skip' | 'done',
            by_user: d % 2 ? a.id : b.id,
            appreciation_id: null,
            created_at: new Date().toISOString(),
            value: null,
          });
    }
    for (let i = 0; i < checkoffs.length; i += 200)
      await store.db
        .insertInto('habit_checkoffs')
        .values(checkoffs.slice(i, i + 200))
        .execute();
    await compareLoads(report, {
      label: `pace screen (${HABITS.length} habits, ${checkoffs.length} check-offs)`,
      dialect,
      app: { port: app.port, load: load('GET', '/api/pace', a.cookie) },
      base: { port: base.port, load: load('GET', '/pace', a.cookie), label: SAME_SQL },
      p99Target: true,
    });
    const body = { maxActive: 3, size: 'small' };
    await compareLoads(report, {
      label: 'pace set',
      dialect,
      app: { port: app.port, load: load('PATCH', '/api/pace/communication', a.cookie, body) },
      base: { port: base.port, load: load('PATCH', '/pace/communication', a.cookie, body), label: SAME_SQL },
      p99Target: true,
    });
  });
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('pace', (dialect, url) => benchDialect(report, dialect, url));
}
