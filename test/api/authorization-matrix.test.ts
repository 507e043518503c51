import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from '../support/app.ts';
import { DIALECTS } from '../support/stores.ts';
import { accountRows } from './matrix/account.ts';
import { alignmentRows } from './matrix/alignment.ts';
import { anchorRows } from './matrix/anchors.ts';
import { checkinRows } from './matrix/checkins.ts';
import { coachRows } from './matrix/coach.ts';
import { coupleRows } from './matrix/couple.ts';
import { creditRows } from './matrix/credit.ts';
import { experimentRows } from './matrix/experiments.ts';
import { explorationRows } from './matrix/exploration.ts';
import { habitRows } from './matrix/habits.ts';
import { historyRows } from './matrix/history.ts';
import { insightRows } from './matrix/insights.ts';
import { logRows } from './matrix/log.ts';
import { passkeyRows } from './matrix/passkeys.ts';
import { reminderRows } from './matrix/reminders.ts';
import { ritualRows } from './matrix/rituals.ts';
import { ACTORS, isCoach, OBJECTS, type Row, World } from './matrix/world.ts';

/*
 * The authorization matrix: every operation of the OpenAPI document × every actor × every kind
 * of object → the expected status. An operation without rows fails the suite, so a new route
 * cannot land without saying who may use it. Each area keeps its rows in matrix/<area>.ts.
 *
 * The canary scan: unique strings are planted in private rows, in the other couple's rows and in
 * the other couple's names; every body and header each actor receives is searched for the ones
 * that actor must never see.
 */
const MATRIX: Record<string, Row> = {
  ...accountRows,
  ...passkeyRows,
  ...coupleRows,
  ...logRows,
  ...habitRows,
  ...checkinRows,
  ...ritualRows,
  ...experimentRows,
  ...anchorRows,
  ...explorationRows,
  ...alignmentRows,
  ...reminderRows,
  ...creditRows,
  ...historyRows,
  ...insightRows,
  ...coachRows,
};

describe.each(DIALECTS)('authorization matrix on %s', (dialect) => {
  const { app } = useApp(dialect);
  // One shared world per dialect, and every world a row made, for the canary scan at the end.
  let shared: World;
  const worlds: World[] = [];
  beforeAll(async () => {
    shared = await World.create(app());
    worlds.push(shared);
  });

  it('has rows for every operation in the OpenAPI document, and no rows for operations that do not exist', async () => {
    const doc = (await app().inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBeGreaterThan(15);
    expect(
      operations.filter((op) => !MATRIX[op]),
      'operations without matrix rows',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((op) => !operations.includes(op)),
      'matrix rows for unknown operations',
    ).toEqual([]);
  });

  // One test per operation: each has its own time budget, and a failure names its operation.
  it.each(Object.entries(MATRIX))(
    '%s answers every actor × object as expected',
    async (op, row) => {
      const failures: string[] = [];
      for (const actorKind of ACTORS) {
        for (const objectKind of row.objects ? OBJECTS : [null]) {
          const expected = isCoach(actorKind)
            ? (row.coach?.(actorKind, objectKind) ?? row.expect('noCouple', objectKind))
            : row.expect(actorKind, objectKind);
          const w = row.fresh && expected < 300 ? await World.create(app()) : shared;
          if (w !== shared) worlds.push(w);
          // Anonymous is a new cookie-less visitor each time (the signup row would log one in).
          const actor = actorKind === 'anonymous' ? w.visitor() : w.actors.get(actorKind)!;
          let objectId = '00000000-0000-7000-8000-000000000000';
          if (objectKind) {
            const obj = row.makeObject
              ? await row.makeObject(w, actorKind, objectKind, actor)
              : await w.object(actorKind, objectKind);
            objectId = obj.id;
            await row.prepare?.(w, obj.id, obj.owner);
          }
          const req = await row.request(w, actor, objectId);
          const res = await actor.call(req.method, req.url, req.body);
          if (res.statusCode !== expected) {
            failures.push(
              `${op} as ${actorKind}${objectKind ? ` on ${objectKind}` : ''}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`,
            );
          }
        }
      }
      expect(failures).toEqual([]);
      // Eight actors, and every fresh world makes three coaches: a slow row needs more than 30 s here.
    },
    120_000,
  );

  it('leaks no canary in any response any actor received', async () => {
    // Each actor also reads everything it can list, then every response is searched.
    for (const w of worlds) {
      for (const actor of w.all) {
        if (!actor.cookie) continue;
        await actor.get('/api/log?limit=200');
        await actor.get('/api/couple');
        await actor.get('/api/experiments');
        await actor.get('/api/export');
        await actor.get('/api/credit/review');
        await actor.get('/api/log/loops');
        await actor.get('/api/history');
        await actor.get('/api/insights');
        await actor.get('/api/coach');
        await actor.get(`/api/coach/couples/${w.coupleIds[1]}`);
        await actor.get(`/api/coach/couples/${w.coupleIds[2]}`);
        await actor.get('/api/coach-suggestions');
        await actor.get(`/api/coach/couples/${w.coupleIds[1]}/suggestions`);
        await actor.get(`/api/coach/couples/${w.coupleIds[2]}/suggestions`);
      }
    }
    const leaks: string[] = [];
    let scanned = 0;
    for (const w of worlds) {
      for (const actor of w.all) {
        for (const res of actor.received) {
          scanned++;
          const seen = `${JSON.stringify(res.headers)}\n${res.body}`;
          for (const c of w.canaries)
            if (!w.mayRead(actor, c) && seen.includes(c.text)) leaks.push(`${actor.name} saw ${c.text}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(scanned).toBeGreaterThan(200);
    // The scan can find something: partners do receive their own couple's shared canaries.
    const a = shared.byLetter.A;
    const visible = shared.canaries.filter((c) => shared.mayRead(a, c));
    expect(visible.length).toBeGreaterThan(0);
    expect(a.received.some((r) => visible.some((c) => r.body.includes(c.text)))).toBe(true);
    // And a coach does receive a consented canary of the couple that admitted them.
    const coach = shared.actors.get('coach')!;
    const consented = shared.canaries.filter((c) => shared.mayRead(coach, c));
    expect(consented.length).toBeGreaterThan(0);
    expect(coach.received.some((r) => consented.some((c) => r.body.includes(c.text)))).toBe(true);
    // The matrix grows with every area: several hundred requests on a shared machine.
  }, 480_000);
});
