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

    const words = capture();
    expect(await reportCommand(args, words.io)).toBe(0);
    expect(words.out.join('')).toContain('"Phones away at dinner" (ABAB, connection, ended): helps (NAP');

    const nobody = capture();
    expect(await reportCommand(['--email', 'nobody@example.com', '--database', store.url], nobody.io)).toBe(
      2,
    );
    expect(nobody.err.join('')).toContain('nobody has the email');
    expect(await reportCommand(['--database', store.url], nobody.io)).toBe(2);
    await store.drop();
  });
});
