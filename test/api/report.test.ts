import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/demo.ts';
import { reportCommand } from '../../src/cli/report.ts';
import { DEMO_LOGINS } from '../../src/demo/load.ts';
import { buildApp } from '../../src/server/app.ts';
import { defaultConfig } from '../../src/server/context.ts';
import { Actor } from '../support/app.ts';
import { DIALECTS, freshStore } from '../support/stores.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe.each(DIALECTS)('attune report on %s', (dialect) => {
  it('shows the demo couple’s phones-away experiment as the app judges it: "helps", the same numbers as the API', async () => {
    const store = await freshStore(dialect);
    const truth = join(tmpdir(), `attune-report-truth-${Date.now()}-${dialect}.json`);
    const seed = dialect === 'sqlite' ? '9' : '3';
    const setup = capture();
    expect(await demoCommand(['--database', store.url, '--seed', seed, '--truth', truth], setup.io)).toBe(0);

    const json = capture();
    const args = ['--email', DEMO_LOGINS.michael.email, '--database', store.url];
    expect(await reportCommand([...args, '--json'], json.io)).toBe(0);
    const report = JSON.parse(json.out.join(''));
    expect(report.experiments).toHaveLength(1);
    const line = report.experiments[0];
    expect(line).toMatchObject({
      title: 'Phones away at dinner',
      metric: 'connection',
      design: 'ABAB',
      status: 'ended',
      verdict: 'helps',
    });
    expect(line.nap).toBeGreaterThan(0.66);
    expect(line.p).toBeLessThan(0.05);

    // The report is what Michael's app shows: the API gives him the same verdict and numbers.
    const app = await buildApp({ store, config: defaultConfig });
    const michael = new Actor(app, 'michael');
    await michael.post('/api/account/login', {
      email: DEMO_LOGINS.michael.email,
      password: DEMO_LOGINS.michael.password,
    });
    const view = (await michael.get(`/api/experiments/${line.id}`)).json();
    expect({ verdict: view.results.verdict, nap: view.results.nap, p: view.results.p }).toEqual({
      verdict: line.verdict,
      nap: line.nap,
      p: line.p,
    });
    await app.close();

    // The anchors part: the date-night lapse planted in the baby months, flagged within two weeks.
    const dateNight = report.anchors.find((a: { name: string }) => a.name === 'Date night');
    expect(dateNight.cadence).toBeTruthy();
    const babyLapse = dateNight.lapses.find(
      (l: { from: string; flaggedOn: string }) =>
        Date.parse(l.flaggedOn) - Date.parse(l.from) <= 14 * 86_400_000,
    );
    expect(babyLapse, JSON.stringify(dateNight.lapses)).toBeTruthy();
    // Exploration and alignment answer too (a zone and a budget; no alignment round in the demo).
    expect(report.exploration.zone).toEqual(expect.any(String));
    expect(report.exploration.budget.summary).toEqual(expect.any(String));
    expect(report.alignment).toEqual({ rounds: [], drift: expect.any(Array) });

    // Changes and history: the retired phones habit faded; the baby months and the job loss are on the history.
    const phones = report.changes.find((c: { what: string }) => c.what === 'I put both phones in the drawer');
    expect(phones).toMatchObject({ kind: 'habit', status: 'faded', since: expect.any(String) });
    for (const c of report.changes)
      expect(['too early', 'stuck', 'faded', 'never took hold']).toContain(c.status);
    const kinds = report.history.annotations.map(
      (a: { kind: string; title: string }) => `${a.kind}: ${a.title}`,
    );
    expect(kinds).toEqual(expect.arrayContaining(['stress_period: New baby', 'stress_period: Job loss']));
    const sat = report.history.metrics.find((m: { key: string }) => m.key === 'satisfaction');
    expect(sat.partners.map((p: { days: number }) => p.days).every((d: number) => d > 300)).toBe(true);

    const words = capture();
    expect(await reportCommand(args, words.io)).toBe(0);
    const text = words.out.join('');
    expect(text).toContain('"Phones away at dinner" (ABAB, connection, ended): helps (NAP');
    expect(text).toMatch(/Anchors:\n- Date night \(.*\): (kept|lapsing since)/);
    expect(text).toContain("Exploration: this month's zone is");
    expect(text).toContain('Alignment: no round yet.');
    expect(text).toMatch(
      /- I put both phones in the drawer \(habit, since [0-9-]+\): Faded after \d+ weeks?/,
    );
    expect(text).toMatch(/stress period: Job loss/);

    const nobody = capture();
    expect(await reportCommand(['--email', 'nobody@example.com', '--database', store.url], nobody.io)).toBe(
      2,
    );
    expect(nobody.err.join('')).toContain('nobody has the email');
    expect(await reportCommand(['--database', store.url], nobody.io)).toBe(2);
    await store.drop();
    // A three-year demo on a shared machine: loading it and every part of the report takes a while.
  }, 120_000);
});
