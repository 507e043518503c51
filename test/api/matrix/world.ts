import type { FastifyInstance } from 'fastify';
import { Actor, makeCouple, signUp, today } from '../../support/app.ts';
import { admitCoach, makeCoach } from '../../support/coach.ts';

/** The four partners: A and B share couple 1, C and D couple 2. */
export type Letter = 'A' | 'B' | 'C' | 'D';

export type ActorKind =
  | 'anonymous'
  | 'partnerA'
  | 'partnerB'
  | 'otherCouple'
  | 'noCouple'
  | 'coach'
  | 'coachRevoked'
  | 'coachOther';
/** The coaches: couple 1's admitted coach, one couple 1 revoked, and couple 2's coach. */
export const COACHES = ['coach', 'coachRevoked', 'coachOther'] as const;
export type CoachKind = (typeof COACHES)[number];
export const isCoach = (a: ActorKind): a is CoachKind => (COACHES as readonly string[]).includes(a);
/** What both partners let their coach see in every world (so log, CSI-4 and alignment are not). */
export const COACH_AREAS = ['checkins', 'habits', 'experiments', 'anchors'];
export type ObjectKind = 'ownShared' | 'ownPrivate' | 'partnerShared' | 'partnerPrivate' | 'otherCouple';
export const ACTORS: ActorKind[] = [
  'anonymous',
  'partnerA',
  'partnerB',
  'otherCouple',
  'noCouple',
  ...COACHES,
];
export const OBJECTS: ObjectKind[] = [
  'ownShared',
  'ownPrivate',
  'partnerShared',
  'partnerPrivate',
  'otherCouple',
];

export interface Canary {
  text: string;
  /** Who may see it: a couple's partners (optionally only its author), or nobody but its owner. */
  couple: 1 | 2;
  author: Letter;
  private: boolean;
  /**
   * The area a coach reads it under ('admitted': any admitted coach, e.g. a partner's name). A
   * canary without one never reaches a coach: a coach's view shows nothing else of a couple.
   */
  area?: string;
}

export class World {
  canaries: Canary[] = [];
  actors = new Map<ActorKind, Actor>();
  all: Actor[] = [];
  private constructor(readonly app: FastifyInstance) {}

  static async create(app: FastifyInstance): Promise<World> {
    const w = new World(app);
    const tag = Math.random().toString(36).slice(2, 8);
    const c2 = `CANARY-NAME-${tag}`;
    const [one, two, loner] = await Promise.all([
      makeCouple(app, ['Lisa', 'Michael']),
      makeCouple(app, [`Ann ${c2}`, 'Bob']),
      signUp(app, 'Loner'),
    ]);
    w.canaries.push({ text: c2, couple: 2, author: 'C', private: false, area: 'admitted' });
    const label = `CANARY-DOMAIN-${tag}`;
    await two.a.post('/api/couple/domains', { label });
    // A couple's domains are read by its admitted coach (COACH_READS: 'admitted'), e.g. to suggest.
    w.canaries.push(
      {
        text: label.toLowerCase().replaceAll('-', '_'),
        couple: 2,
        author: 'C',
        private: false,
        area: 'admitted',
      },
      { text: label, couple: 2, author: 'C', private: false, area: 'admitted' },
    );
    // Couple 1 admits one coach and revokes another; couple 2 admits a third.
    const [coach, revoked, other] = await Promise.all([
      makeCoach(app, 'Coach One'),
      makeCoach(app, 'Coach Revoked'),
      makeCoach(app, 'Coach Two'),
    ]);
    await admitCoach(coach, one.a, one.b, COACH_AREAS);
    const gone = await admitCoach(revoked, one.a, one.b, COACH_AREAS);
    if ((await one.b.delete(`/api/coach-links/${gone}`)).statusCode !== 200) throw new Error('revoke failed');
    await admitCoach(other, two.a, two.b, COACH_AREAS);
    w.coupleIds = { 1: one.coupleId, 2: two.coupleId };
    w.coachOf = new Map([
      [coach, 1],
      [other, 2],
    ]);
    // A shared habit (consented: the coach sees it) and a shared promise (the log is not consented).
    const domain = (await one.a.post('/api/couple/domains', { label: `c ${tag}` })).json().id;
    const habit = `CANARY-COACHED-HABIT-${tag}`;
    w.canaries.push({ text: habit, couple: 1, author: 'A', private: false, area: 'habits' });
    const made = await one.a.post('/api/habits', {
      cue: 'After dinner',
      action: `I say ${habit} aloud`,
      owner: 'me',
      domain,
      schedule: { kind: 'daily' },
    });
    if (made.statusCode !== 201) throw new Error(made.body);
    const anon = new Actor(app, 'anonymous');
    w.actors
      .set('partnerA', one.a)
      .set('partnerB', one.b)
      .set('otherCouple', two.a)
      .set('noCouple', loner)
      .set('anonymous', anon)
      .set('coach', coach)
      .set('coachRevoked', revoked)
      .set('coachOther', other);
    w.byLetter = { A: one.a, B: one.b, C: two.a, D: two.b };
    w.all.push(one.a, one.b, two.a, two.b, loner, anon, coach, revoked, other);
    // A shared repair of a private conflict: B sees the repair, never the conflict or its id.
    const conflict = await w.plant('A', 'private', 'conflict');
    const repair = await one.a.post('/api/log', {
      kind: 'repair',
      date: today(),
      text: 'We talked it through',
      repairOf: conflict,
      visibility: 'shared',
    });
    if (repair.statusCode !== 201) throw new Error(repair.body);
    return w;
  }

  byLetter!: Record<Letter, Actor>;
  coupleIds!: Record<1 | 2, string>;
  /** Each admitted coach's couple (the revoked coach has none). */
  coachOf = new Map<Actor, 1 | 2>();

  visitor(): Actor {
    const v = new Actor(this.app, 'anonymous');
    this.all.push(v);
    return v;
  }

  /**
   * Writes an entry (a promise unless told) with a canary in it, as `letter`, and returns its id.
   * The id is a canary too: it tells that the entry exists, and a UUIDv7 when it was written.
   */
  async plant(
    letter: Letter,
    visibility: 'shared' | 'private',
    kind: 'promise' | 'conflict' = 'promise',
  ): Promise<string> {
    const text = `CANARY-${letter}-${visibility}-${Math.random().toString(36).slice(2, 10)}`;
    this.watch(text, letter, visibility === 'private');
    const res = await this.byLetter[letter].post('/api/log', {
      kind,
      date: today(),
      text,
      visibility,
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    this.watch(res.json().id, letter, visibility === 'private');
    return res.json().id;
  }

  /** Adds a canary: text or an id that only `letter` (if private) or their couple may see. */
  watch(text: string, letter: Letter, isPrivate: boolean): void {
    this.canaries.push({
      text,
      couple: letter === 'A' || letter === 'B' ? 1 : 2,
      author: letter,
      private: isPrivate,
    });
  }

  /** Whose object it is: relative to the actor, who owns "own" and whose partner owns "partner". */
  ownerOf(actor: ActorKind, kind: ObjectKind): Letter {
    const [me, partner, stranger] =
      actor === 'partnerB'
        ? (['B', 'A', 'C'] as const)
        : actor === 'otherCouple'
          ? (['C', 'D', 'A'] as const)
          : (['A', 'B', 'C'] as const);
    return kind.startsWith('own') ? me : kind.startsWith('partner') ? partner : stranger;
  }

  /** The object of a kind, relative to the actor (whose "own" and "partner" they are). */
  async object(actor: ActorKind, kind: ObjectKind): Promise<{ id: string; owner: Letter }> {
    const owner = this.ownerOf(actor, kind);
    const visibility = kind.endsWith('Private') ? 'private' : 'shared';
    return { id: await this.plant(owner, visibility), owner };
  }

  letterOf(actor: Actor): Letter | null {
    for (const [k, v] of Object.entries(this.byLetter)) if (v === actor) return k as Letter;
    return null;
  }

  mayRead(actor: Actor, c: Canary): boolean {
    const coached = this.coachOf.get(actor);
    if (coached)
      return (
        c.couple === coached &&
        !c.private &&
        (c.area === 'admitted' || (!!c.area && COACH_AREAS.includes(c.area)))
      );
    const letter = this.letterOf(actor);
    if (!letter) return false;
    const couple = letter === 'A' || letter === 'B' ? 1 : 2;
    return couple === c.couple && (!c.private || c.author === letter);
  }
}

export interface Row {
  /**
   * A fresh world for each request this row expects to succeed (operations that end sessions or
   * accounts). A request expected to be refused runs in the shared world: it must change nothing.
   */
  fresh?: boolean;
  objects?: boolean;
  /** Makes the object for a row; by default a promise written by the object's owner. */
  makeObject?: (
    w: World,
    actor: ActorKind,
    object: ObjectKind,
    as: Actor,
  ) => Promise<{ id: string; owner: Letter }>;
  /** Runs before the request, e.g. deleting the object so that restore has something to undo. */
  prepare?: (w: World, objectId: string, owner: Letter) => Promise<void>;
  request: (
    w: World,
    actor: Actor,
    objectId: string,
  ) =>
    | { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown }
    | Promise<{ method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown }>;
  expect: (actor: ActorKind, object: ObjectKind | null) => number;
  /**
   * What the coaches get, where a row says so. Otherwise a coach is answered like a person without
   * a couple (`expect('noCouple', …)`): every partner operation refuses them.
   */
  coach?: (actor: CoachKind, object: ObjectKind | null) => number;
}

export const member =
  (ok: number, others: { anonymous?: number; noCouple?: number } = {}) =>
  (a: ActorKind) =>
    a === 'anonymous' ? (others.anonymous ?? 401) : a === 'noCouple' ? (others.noCouple ?? 403) : ok;
export const user = (ok: number) => (a: ActorKind) => (a === 'anonymous' ? 401 : ok);
export const entryRule = (statuses: Record<ObjectKind, number>) => (a: ActorKind, o: ObjectKind | null) =>
  a === 'anonymous' ? 401 : a === 'noCouple' ? 403 : statuses[o!];
export const uniq = () => Math.random().toString(36).slice(2, 10);
