import type { Actor } from '../../support/app.ts';
import type { ActorKind, Letter, ObjectKind, Row, World } from './world.ts';
import { entryRule, member, uniq } from './world.ts';

/** Every planted round gets a quarter of its own (one round per couple per quarter), long past. */
let year = 1000 + Math.floor(Math.random() * 500);
const nextQuarter = () => `${year++}-Q1`;

const partnerOf: Record<Letter, Letter> = { A: 'B', B: 'A', C: 'D', D: 'C' };
const coupleOf = (l: Letter) => (l === 'A' || l === 'B' ? 1 : 2);

/** A complete answer whose texts are a canary: private while sealed, couple-wide once revealed. */
function answer(w: World, author: Letter, sealed: boolean) {
  const text = `CANARY-ALIGNMENT-${author}-${sealed ? 'sealed' : 'revealed'}-${uniq()}`;
  w.canaries.push({ text, couple: coupleOf(author), author, private: sealed });
  return {
    optimizingFor: text,
    successMeans: text,
    rewardsSought: text,
    rewards: [text.slice(0, 100)],
    harmonyAuthenticity: 30,
    independenceConnection: 60,
    growthStability: 50,
    familyCareer: 40,
    domains: ['communication', 'intimacy'],
  };
}

async function ok<R extends { statusCode: number; body: string }>(res: R, status = 200): Promise<R> {
  if (res.statusCode !== status) throw new Error(res.body);
  return res;
}

/**
 * A round of the object's owner's couple. Shared kinds: both partners answered and it is
 * revealed. Private kinds: sealed, the owner's answer a canary draft (submitted when `submit`),
 * the partner nothing. Another couple's round is sealed too.
 */
function plantRound(submit: boolean) {
  return async (w: World, actor: ActorKind, object: ObjectKind) => {
    const owner = w.ownerOf(actor, object);
    const me = w.byLetter[owner];
    const round = (await ok(await me.post('/api/alignment/rounds', { quarter: nextQuarter() }), 201)).json();
    const url = `/api/alignment/rounds/${round.id}`;
    if (object.endsWith('Shared')) {
      const partner = partnerOf[owner];
      await ok(await me.patch(`${url}/answer`, answer(w, owner, false)));
      await ok(await w.byLetter[partner].patch(`${url}/answer`, answer(w, partner, false)));
      await ok(await me.post(`${url}/submit`));
      await ok(await w.byLetter[partner].post(`${url}/submit`));
    } else {
      await ok(await me.patch(`${url}/answer`, answer(w, owner, true)));
      if (submit) await ok(await me.post(`${url}/submit`));
    }
    return { id: round.id as string, owner };
  };
}

const round =
  (suffix: string, method: 'GET' | 'POST' | 'PATCH' = 'GET', body?: unknown) =>
  (_w: World, _a: Actor, id: string) => ({ method, url: `/api/alignment/rounds/${id}${suffix}`, body });

export const alignmentRows: Record<string, Row> = {
  'GET /api/alignment': { request: () => ({ method: 'GET', url: '/api/alignment' }), expect: member(200) },
  'POST /api/alignment/rounds': {
    request: () => ({ method: 'POST', url: '/api/alignment/rounds', body: { quarter: nextQuarter() } }),
    expect: member(201),
  },
  'GET /api/alignment/rounds/{id}': {
    objects: true,
    makeObject: plantRound(true),
    request: round(''),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 200,
      partnerPrivate: 200,
      otherCouple: 404,
    }),
  },
  // A draft (not submitted) of the owner: the owner edits it, the partner starts their own.
  'PATCH /api/alignment/rounds/{id}/answer': {
    objects: true,
    makeObject: plantRound(false),
    request: round('/answer', 'PATCH', { successMeans: 'edited in the matrix' }),
    expect: entryRule({
      ownShared: 409,
      ownPrivate: 200,
      partnerShared: 409,
      partnerPrivate: 200,
      otherCouple: 404,
    }),
  },
  // The owner's complete draft is submitted; the partner, with nothing drafted, is told what is missing.
  'POST /api/alignment/rounds/{id}/submit': {
    objects: true,
    makeObject: plantRound(false),
    request: round('/submit', 'POST'),
    expect: entryRule({
      ownShared: 409,
      ownPrivate: 200,
      partnerShared: 409,
      partnerPrivate: 400,
      otherCouple: 404,
    }),
  },
  'POST /api/alignment/rounds/{id}/metrics': {
    objects: true,
    makeObject: plantRound(true),
    request: round('/metrics', 'POST', { name: 'Same team', scaleMin: 0, scaleMax: 10, better: 'higher' }),
    expect: entryRule({
      ownShared: 201,
      ownPrivate: 409,
      partnerShared: 201,
      partnerPrivate: 409,
      otherCouple: 404,
    }),
  },
  'GET /api/alignment/drift': {
    request: () => ({ method: 'GET', url: '/api/alignment/drift' }),
    expect: member(200),
  },
};
