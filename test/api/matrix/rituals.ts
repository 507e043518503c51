import { localDate } from '../../../src/dates.ts';
import type { Actor } from '../../support/app.ts';
import type { ActorKind, ObjectKind, Row, World } from './world.ts';
import { entryRule, member, uniq } from './world.ts';

/** A ritual of the couple's own, made by the object's owner; its title is a (couple-wide) canary. */
async function makeRitual(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const title = `CANARY-RITUAL-${owner}-${uniq()}`;
  w.canaries.push({
    text: title,
    couple: owner === 'A' || owner === 'B' ? 1 : 2,
    author: owner,
    private: false,
  });
  const res = await w.byLetter[owner].post('/api/rituals', {
    title,
    prompt: 'matrix',
    cadence: 'weekly',
    time: '19:00',
    weekday: 3,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json().id as string, owner };
}

/** A live feed token of the object's owner: the "id" of the feed row is its token. */
async function makeFeed(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const res = await w.byLetter[owner].post('/api/rituals/feed');
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: (res.json().url as string).split('/').pop()!, owner };
}

const couple = entryRule({
  ownShared: 200,
  ownPrivate: 200,
  partnerShared: 200,
  partnerPrivate: 200,
  otherCouple: 404,
});

export const ritualRows: Record<string, Row> = {
  'GET /api/checkins/from-log': {
    request: () => ({ method: 'GET', url: '/api/checkins/from-log' }),
    expect: member(200),
  },
  'GET /api/rituals': { request: () => ({ method: 'GET', url: '/api/rituals' }), expect: member(200) },
  'POST /api/rituals': {
    request: () => ({
      method: 'POST',
      url: '/api/rituals',
      body: { title: 'Sunday walk', prompt: 'Walk and talk', cadence: 'weekly', time: '10:00', weekday: 7 },
    }),
    expect: member(201),
  },
  'PATCH /api/rituals/{id}': {
    objects: true,
    makeObject: makeRitual,
    request: (_w: World, _a: Actor, id: string) => ({
      method: 'PATCH',
      url: `/api/rituals/${id}`,
      body: { time: '20:15' },
    }),
    expect: couple,
  },
  'POST /api/rituals/{id}/completions': {
    objects: true,
    makeObject: makeRitual,
    request: (_w: World, _a: Actor, id: string) => ({
      method: 'POST',
      url: `/api/rituals/${id}/completions`,
      body: { date: localDate('America/New_York') },
    }),
    expect: (a, o) => (couple(a, o) === 200 ? 201 : couple(a, o)),
  },
  'GET /api/rituals/review/week': {
    request: () => ({ method: 'GET', url: '/api/rituals/review/week' }),
    expect: member(200),
  },
  'GET /api/rituals/review/month': {
    request: () => ({ method: 'GET', url: '/api/rituals/review/month' }),
    expect: member(200),
  },
  'GET /api/rituals/feed': {
    request: () => ({ method: 'GET', url: '/api/rituals/feed' }),
    expect: member(200),
  },
  'POST /api/rituals/feed': {
    request: () => ({ method: 'POST', url: '/api/rituals/feed' }),
    expect: member(201),
  },
  'DELETE /api/rituals/feed': {
    request: () => ({ method: 'DELETE', url: '/api/rituals/feed' }),
    expect: member(200),
  },
  // The address is the credential (calendar apps send no cookie): whoever holds a live one gets
  // that one feed, read-only. Revocation and regeneration are tested in rituals.api.test.ts.
  'GET /api/rituals/feed/{token}': {
    objects: true,
    makeObject: makeFeed,
    request: (_w: World, _a: Actor, token: string) => ({ method: 'GET', url: `/api/rituals/feed/${token}` }),
    expect: () => 200,
  },
};
