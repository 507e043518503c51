import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { Actor, emailOf, makeCouple, PASSWORD, signUp, today, useApp } from '../support/app.ts';
import { DIALECTS } from '../support/stores.ts';

/*
 * The authorization matrix: every operation of the OpenAPI document × every actor × every kind
 * of object → the expected status. An operation without rows fails the suite, so a new route
 * cannot land without saying who may use it.
 *
 * The canary scan: unique strings are planted in private rows, in the other couple's rows and in
 * the other couple's names; every body and header each actor receives is searched for the ones
 * that actor must never see.
 */

type ActorKind = 'anonymous' | 'partnerA' | 'partnerB' | 'otherCouple' | 'noCouple';
type ObjectKind = 'ownShared' | 'ownPrivate' | 'partnerShared' | 'partnerPrivate' | 'otherCouple';
const ACTORS: ActorKind[] = ['anonymous', 'partnerA', 'partnerB', 'otherCouple', 'noCouple'];
const OBJECTS: ObjectKind[] = ['ownShared', 'ownPrivate', 'partnerShared', 'partnerPrivate', 'otherCouple'];

interface Canary {
  text: string;
  /** Who may see it: a couple's partners (optionally only its author), or nobody but its owner. */
  couple: 1 | 2;
  author: 'A' | 'B' | 'C' | 'D';
  private: boolean;
}

class World {
  canaries: Canary[] = [];
  actors = new Map<ActorKind, Actor>();
  all: Actor[] = [];
  private constructor(readonly app: FastifyInstance) {}

  static async create(app: FastifyInstance): Promise<World> {
    const w = new World(app);
    const one = await makeCouple(app, ['Lisa', 'Michael']);
    const tag = Math.random().toString(36).slice(2, 8);
    const c2 = `CANARY-NAME-${tag}`;
    const two = await makeCouple(app, [`Ann ${c2}`, 'Bob']);
    w.canaries.push({ text: c2, couple: 2, author: 'C', private: false });
    const label = `CANARY-DOMAIN-${tag}`;
    await two.a.post('/api/couple/domains', { label });
    w.canaries.push(
      { text: label.toLowerCase().replaceAll('-', '_'), couple: 2, author: 'C', private: false },
      { text: label, couple: 2, author: 'C', private: false },
    );
    const loner = await signUp(app, 'Loner');
    const anon = new Actor(app, 'anonymous');
    w.actors
      .set('partnerA', one.a)
      .set('partnerB', one.b)
      .set('otherCouple', two.a)
      .set('noCouple', loner)
      .set('anonymous', anon);
    w.byLetter = { A: one.a, B: one.b, C: two.a, D: two.b };
    w.all.push(one.a, one.b, two.a, two.b, loner, anon);
    return w;
  }

  byLetter!: Record<'A' | 'B' | 'C' | 'D', Actor>;

  visitor(): Actor {
    const v = new Actor(this.app, 'anonymous');
    this.all.push(v);
    return v;
  }

  /** Writes a promise with a canary in it, as `letter`, and returns its id. */
  async plant(letter: 'A' | 'B' | 'C' | 'D', visibility: 'shared' | 'private'): Promise<string> {
    const text = `CANARY-${letter}-${visibility}-${Math.random().toString(36).slice(2, 10)}`;
    this.canaries.push({
      text,
      couple: letter === 'A' || letter === 'B' ? 1 : 2,
      author: letter,
      private: visibility === 'private',
    });
    const res = await this.byLetter[letter].post('/api/log', {
      kind: 'promise',
      date: today(),
      text,
      visibility,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    return res.json().id;
  }

  /** The object of a kind, relative to the actor (whose "own" and "partner" they are). */
  async object(actor: ActorKind, kind: ObjectKind): Promise<{ id: string; owner: 'A' | 'B' | 'C' | 'D' }> {
    const [me, partner, stranger] =
      actor === 'partnerB'
        ? (['B', 'A', 'C'] as const)
        : actor === 'otherCouple'
          ? (['C', 'D', 'A'] as const)
          : (['A', 'B', 'C'] as const);
    const owner = kind.startsWith('own') ? me : kind.startsWith('partner') ? partner : stranger;
    const visibility = kind.endsWith('Private') ? 'private' : 'shared';
    return { id: await this.plant(owner, visibility), owner };
  }

  letterOf(actor: Actor): 'A' | 'B' | 'C' | 'D' | null {
    for (const [k, v] of Object.entries(this.byLetter)) if (v === actor) return k as 'A' | 'B' | 'C' | 'D';
    return null;
  }

  mayRead(actor: Actor, c: Canary): boolean {
    const letter = this.letterOf(actor);
    if (!letter) return false;
    const couple = letter === 'A' || letter === 'B' ? 1 : 2;
    return couple === c.couple && (!c.private || c.author === letter);
  }
}

interface Row {
  /** Per row: a fresh world (for operations that end sessions or accounts). */
  fresh?: boolean;
  objects?: boolean;
  /** Runs before the request, e.g. deleting the object so that restore has something to undo. */
  prepare?: (w: World, objectId: string, owner: 'A' | 'B' | 'C' | 'D') => Promise<void>;
  request: (
    w: World,
    actor: Actor,
    objectId: string,
  ) =>
    | { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown }
    | Promise<{ method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown }>;
  expect: (actor: ActorKind, object: ObjectKind | null) => number;
}

const member =
  (ok: number, others: { anonymous?: number; noCouple?: number } = {}) =>
  (a: ActorKind) =>
    a === 'anonymous' ? (others.anonymous ?? 401) : a === 'noCouple' ? (others.noCouple ?? 403) : ok;
const user = (ok: number) => (a: ActorKind) => (a === 'anonymous' ? 401 : ok);
const entryRule = (statuses: Record<ObjectKind, number>) => (a: ActorKind, o: ObjectKind | null) =>
  a === 'anonymous' ? 401 : a === 'noCouple' ? 403 : statuses[o!];
const uniq = () => Math.random().toString(36).slice(2, 10);

const MATRIX: Record<string, Row> = {
  'GET /api/health': { request: () => ({ method: 'GET', url: '/api/health' }), expect: () => 200 },
  'POST /api/account/signup': {
    request: () => ({
      method: 'POST',
      url: '/api/account/signup',
      body: { email: `m${uniq()}@example.com`, password: PASSWORD },
    }),
    expect: () => 201,
  },
  'POST /api/account/login': {
    request: (_w, actor) => ({
      method: 'POST',
      url: '/api/account/login',
      body: { email: emailOf(actor) ?? 'nobody@example.com', password: PASSWORD },
    }),
    expect: (a) => (a === 'anonymous' ? 401 : 200),
  },
  'POST /api/account/logout': {
    fresh: true,
    request: () => ({ method: 'POST', url: '/api/account/logout' }),
    expect: user(200),
  },
  'GET /api/account': { request: () => ({ method: 'GET', url: '/api/account' }), expect: user(200) },
  'GET /api/account/sessions': {
    request: () => ({ method: 'GET', url: '/api/account/sessions' }),
    expect: user(200),
  },
  'DELETE /api/account/sessions/{sessionId}': {
    fresh: true,
    objects: true,
    request: async (w, actor, objectId) => {
      // The object is a session of the object's owner (a second login of theirs).
      return { method: 'DELETE', url: `/api/account/sessions/${objectId}` };
    },
    prepare: async () => {},
    // A person without a couple still has sessions: own 200, anyone else's 404.
    expect: (a, o) => (a === 'anonymous' ? 401 : o!.startsWith('own') ? 200 : 404),
  },
  'POST /api/account/password': {
    fresh: true,
    request: () => ({
      method: 'POST',
      url: '/api/account/password',
      body: { currentPassword: PASSWORD, newPassword: 'another long password' },
    }),
    expect: user(200),
  },
  'DELETE /api/account': {
    fresh: true,
    request: () => ({ method: 'DELETE', url: '/api/account', body: { password: PASSWORD } }),
    expect: user(200),
  },
  'POST /api/couple': {
    fresh: true,
    request: () => ({ method: 'POST', url: '/api/couple', body: { displayName: 'New', timeZone: 'UTC' } }),
    expect: member(409, { noCouple: 201 }),
  },
  'GET /api/couple': { request: () => ({ method: 'GET', url: '/api/couple' }), expect: member(200) },
  'PATCH /api/couple/me': {
    request: () => ({ method: 'PATCH', url: '/api/couple/me', body: { timeZone: 'Europe/Paris' } }),
    expect: member(200),
  },
  'POST /api/couple/invites': {
    request: () => ({ method: 'POST', url: '/api/couple/invites' }),
    expect: member(409),
  },
  'DELETE /api/couple/invites': {
    request: () => ({ method: 'DELETE', url: '/api/couple/invites' }),
    expect: member(200),
  },
  'POST /api/couple/join': {
    request: () => ({
      method: 'POST',
      url: '/api/couple/join',
      body: { code: 'AAAA-BBBB-CCCC', displayName: 'X', timeZone: 'UTC' },
    }),
    expect: member(409, { noCouple: 400 }),
  },
  'POST /api/couple/domains': {
    request: () => ({ method: 'POST', url: '/api/couple/domains', body: { label: `d ${uniq()}` } }),
    expect: member(201),
  },
  'GET /api/log': { request: () => ({ method: 'GET', url: '/api/log?limit=200' }), expect: member(200) },
  'POST /api/log': {
    request: () => ({
      method: 'POST',
      url: '/api/log',
      body: { kind: 'note', date: today(), text: 'matrix', visibility: 'shared' },
    }),
    expect: member(201),
  },
  'GET /api/log/{id}': {
    objects: true,
    request: (_w, _a, id) => ({ method: 'GET', url: `/api/log/${id}` }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 200,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'PATCH /api/log/{id}': {
    objects: true,
    request: (_w, _a, id) => ({ method: 'PATCH', url: `/api/log/${id}`, body: { intensity: 2 } }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 403,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'DELETE /api/log/{id}': {
    objects: true,
    request: (_w, _a, id) => ({ method: 'DELETE', url: `/api/log/${id}` }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 403,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'POST /api/log/{id}/promise': {
    objects: true,
    request: (_w, _a, id) => ({ method: 'POST', url: `/api/log/${id}/promise`, body: { state: 'kept' } }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 200,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'POST /api/log/{id}/restore': {
    objects: true,
    prepare: async (w, id, owner) => {
      await w.byLetter[owner].delete(`/api/log/${id}`);
    },
    request: (_w, _a, id) => ({ method: 'POST', url: `/api/log/${id}/restore` }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 404,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
};

describe.each(DIALECTS)('authorization matrix on %s', (dialect) => {
  const { app } = useApp(dialect);

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

  it('answers every operation × actor × object with the expected status, and no canary leaks', async () => {
    const shared = await World.create(app());
    const worlds = [shared];
    const failures: string[] = [];
    for (const [op, row] of Object.entries(MATRIX)) {
      for (const actorKind of ACTORS) {
        for (const objectKind of row.objects ? OBJECTS : [null]) {
          const w = row.fresh ? await World.create(app()) : shared;
          if (w !== shared) worlds.push(w);
          // Anonymous is a new cookie-less visitor each time (the signup row would log one in).
          const actor = actorKind === 'anonymous' ? w.visitor() : w.actors.get(actorKind)!;
          let objectId = '00000000-0000-7000-8000-000000000000';
          if (objectKind) {
            if (op.startsWith('DELETE /api/account/sessions')) {
              const [me, partner, stranger] =
                actorKind === 'partnerB'
                  ? (['B', 'A', 'C'] as const)
                  : actorKind === 'otherCouple'
                    ? (['C', 'D', 'A'] as const)
                    : (['A', 'B', 'C'] as const);
              const owner = objectKind.startsWith('own')
                ? me
                : objectKind.startsWith('partner')
                  ? partner
                  : stranger;
              const second = new Actor(app(), 'second');
              const ownerActor =
                actorKind === 'noCouple' && objectKind.startsWith('own') ? actor : w.byLetter[owner];
              await second.post('/api/account/login', { email: emailOf(ownerActor), password: PASSWORD });
              objectId = (await second.get('/api/account/sessions'))
                .json()
                .sessions.find((s: { current: boolean }) => s.current).id;
            } else {
              const obj = await w.object(actorKind, objectKind);
              objectId = obj.id;
              await row.prepare?.(w, obj.id, obj.owner);
            }
          }
          const req = await row.request(w, actor, objectId);
          const res = await actor.call(req.method, req.url, req.body);
          const expected = row.expect(actorKind, objectKind);
          if (res.statusCode !== expected)
            failures.push(
              `${op} as ${actorKind}${objectKind ? ` on ${objectKind}` : ''}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);

    // Each actor also reads everything it can list, then every response is searched.
    for (const w of worlds) {
      for (const actor of w.all) {
        if (!actor.cookie) continue;
        await actor.get('/api/log?limit=200');
        await actor.get('/api/couple');
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
  });
});
