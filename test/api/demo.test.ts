import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/demo.ts';
import { DEMO_LOGINS } from '../../src/demo/load.ts';
import { buildApp } from '../../src/server/app.ts';
import { defaultConfig } from '../../src/server/context.ts';
import { openStore } from '../../src/storage/db.ts';
import { Actor } from '../support/app.ts';
import { DIALECTS, freshStore } from '../support/stores.ts';

describe.each(DIALECTS)('attune demo on %s', (dialect) => {
  it('creates the Johnsons once, rebuilds them with --reset, and both can log in', async () => {
    const store = await freshStore(dialect);
    const truth = join(tmpdir(), `attune-truth-${Date.now()}-${dialect}.json`);
    const out: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => out.push(s) };
    const args = ['--database', store.url, '--seed', '9', '--end', '2026-11-20', '--truth', truth];
    expect(await demoCommand(args, io)).toBe(0);
    const count = async () => (await store.db.selectFrom('log').select('id').execute()).length;
    const first = await count();
    expect(first).toBeGreaterThan(800);
    expect(await demoCommand(args, io)).toBe(0);
    expect(out.join('')).toContain('already in');
    expect(await count()).toBe(first);
    expect(await demoCommand([...args, '--reset'], io)).toBe(0);
    expect(await count()).toBe(first); // same seed, same couple, nothing twice
    const ground = JSON.parse(readFileSync(truth, 'utf8'));
    expect(ground.effects.map((e: { id: string }) => e.id)).toContain('appreciation-lag1');

    const reopened = await openStore({ url: store.url });
    const app = await buildApp({ store: reopened, config: defaultConfig });
    const michael = new Actor(app, 'michael');
    expect(
      (
        await michael.post('/api/account/login', {
          email: DEMO_LOGINS.michael.email,
          password: DEMO_LOGINS.michael.password,
        })
      ).statusCode,
    ).toBe(200);
    const page = (await michael.get('/api/log?limit=200')).json().entries as Array<{
      visibility: string;
      mine: boolean;
    }>;
    expect(page.length).toBe(200);
    expect(page.every((e) => e.visibility === 'shared' || e.mine)).toBe(true);
    // The planted date-night lapse of the baby months is flagged within two weeks of its start.
    const lapse = ground.effects.find((e: { id: string }) => e.id === 'anchor-date-night-lapse');
    const anchors = (await michael.get('/api/anchors')).json();
    const dateNight = anchors.anchors.find((a: { name: string }) => a.name === 'Date night');
    const two = new Date(Date.parse(`${lapse.lapseFrom}T00:00:00Z`) + 14 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(
      dateNight.lapses.some(
        (l: { flaggedOn: string }) => l.flaggedOn >= lapse.lapseFrom && l.flaggedOn <= two,
      ),
      JSON.stringify(dateNight.lapses),
    ).toBe(true);
    expect(anchors.pastStress.map((p: { name: string }) => p.name).sort()).toEqual(['Job loss', 'New baby']);
    expect(await demoCommand(['--database', store.url, '--end', 'yesterday'], io)).toBe(2);
    await app.close();
    await reopened.close();
    await store.drop();
  });
});
