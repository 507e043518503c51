/**
 * Alignment (issue 21): a revealed round's view (both answers, the comparison, its metrics) and
 * a draft edit in this quarter's open round, on SQLite and PostgreSQL, beside bare Fastify running
 * the same SQL (bench/bare.ts), through bench/load.ts: throughput, then p50/p99 at half of
 * attune's maximum. The couple has answered the four past quarters (both submitted, revealed)
 * and has this quarter's round open with a draft each; all made through the API.
 */
import { type DialectLabel, onBothDatabases } from './databases.ts';
import type { Report } from './harness.ts';
import { compareLoads, load, SAME_SQL, withServers } from './load.ts';

const PAST = 4;

function quarterOf(date: Date, back: number): string {
  const q = date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3) - back;
  return `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;
}

const answer = (k: number) => ({
  optimizingFor: `More evenings that feel like us, round ${k}. `.repeat(6),
  successMeans: 'We talk before we decide, and both of us feel heard. '.repeat(5),
  rewardsSought: 'Closeness, calm weekends, a trip a year. '.repeat(4),
  rewards: ['closeness', 'calm weekends', 'a trip a year', `laughing together ${k}`],
  harmonyAuthenticity: 40 + ((k * 13) % 40),
  independenceConnection: 30 + ((k * 7) % 50),
  growthStability: 50 + ((k * 11) % 30),
  familyCareer: 20 + ((k * 17) % 60),
  domains: ['communication', 'intimacy', 'logistics', 'conflict_resolution'],
});

async function benchDialect(report: Report, dialect: DialectLabel, url: string): Promise<void> {
  await withServers(url, async ({ app, base, couple }) => {
    const { a, b, call } = couple;
    const now = new Date();
    let revealed = '';
    for (let back = PAST; back >= 0; back--) {
      const round = await call('POST', '/api/alignment/rounds', { quarter: quarterOf(now, back) });
      const id = round.id as string;
      await call('PATCH', `/api/alignment/rounds/${id}/answer`, answer(back), a.cookie);
      await call('PATCH', `/api/alignment/rounds/${id}/answer`, answer(back + 1), b.cookie);
      if (back === 0) {
        revealed = revealed || id;
        const open = id;
        const body = { successMeans: 'We talk before we decide, and both of us feel heard.' };
        await compareLoads(report, {
          label: `alignment round view (revealed, ${PAST} past rounds)`,
          dialect,
          app: { port: app.port, load: load('GET', `/api/alignment/rounds/${revealed}`, a.cookie) },
          base: {
            port: base.port,
            load: load('GET', `/alignment/rounds/${revealed}`, a.cookie),
            label: SAME_SQL,
          },
          p99Target: true,
        });
        await compareLoads(report, {
          label: 'alignment draft edit',
          dialect,
          app: {
            port: app.port,
            load: load('PATCH', `/api/alignment/rounds/${open}/answer`, a.cookie, body),
          },
          base: {
            port: base.port,
            load: load('PATCH', `/alignment/rounds/${open}/answer`, a.cookie, body),
            label: SAME_SQL,
          },
          p99Target: true,
        });
        break;
      }
      await call('POST', `/api/alignment/rounds/${id}/submit`, undefined, a.cookie);
      const done = await call('POST', `/api/alignment/rounds/${id}/submit`, undefined, b.cookie);
      if (done.state !== 'revealed') throw new Error('expected the round to be revealed');
      revealed = id; // the latest revealed round is the one measured
    }
  });
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('alignment', (dialect, url) => benchDialect(report, dialect, url));
}
