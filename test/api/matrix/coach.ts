import { addDays, localDate } from '../../../src/dates.ts';
import type { ActorKind, CoachKind, ObjectKind, Row, World } from './world.ts';
import { COACH_AREAS, member } from './world.ts';

/** Coach links have no private kind: every object is a fresh invite by the object's owner. */
async function plantLink(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const res = await w.byLetter[owner].post('/api/coach-links', { areas: COACH_AREAS });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json().linkId as string, owner };
}

/** Partner operations: a coach is no partner of anyone's. */
const partnerOnly = (ok: number) => ({
  expect: (a: ActorKind, o: ObjectKind | null) =>
    a === 'anonymous' ? 401 : a === 'noCouple' ? 403 : o === 'otherCouple' ? 404 : ok,
  coach: () => 403,
});

/** Coach operations on couple 1: only its admitted coach; revoked and another couple's coach get 404. */
const coachOfCoupleOne = {
  expect: (a: ActorKind) => (a === 'anonymous' ? 401 : 403),
  coach: (a: CoachKind) => (a === 'coach' ? 200 : 404),
};

// The couple's "today" is its first partner's (Lisa, Berlin); yesterday is always held already.
const yesterday = () => addDays(localDate('Europe/Berlin'), -1);

export const coachRows: Record<string, Row> = {
  'GET /api/coach-links': {
    request: () => ({ method: 'GET', url: '/api/coach-links' }),
    ...partnerOnly(200),
  },
  'POST /api/coach-links': {
    request: () => ({ method: 'POST', url: '/api/coach-links', body: { areas: COACH_AREAS } }),
    ...partnerOnly(201),
  },
  'POST /api/coach-links/{linkId}/consent': {
    objects: true,
    makeObject: plantLink,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/coach-links/${id}/consent`,
      body: { areas: ['habits'] },
    }),
    ...partnerOnly(200),
  },
  'DELETE /api/coach-links/{linkId}': {
    objects: true,
    makeObject: plantLink,
    request: (_w, _a, id) => ({ method: 'DELETE', url: `/api/coach-links/${id}` }),
    ...partnerOnly(200),
  },
  'POST /api/coach/profile': {
    fresh: true,
    request: () => ({ method: 'POST', url: '/api/coach/profile', body: { displayName: 'A coach' } }),
    expect: member(409, { noCouple: 201 }),
    coach: () => 409,
  },
  'POST /api/coach/join': {
    request: () => ({ method: 'POST', url: '/api/coach/join', body: { code: 'AAAA-BBBB-CCCC' } }),
    expect: (a) => (a === 'anonymous' ? 401 : 403),
    coach: () => 400,
  },
  'GET /api/coach': {
    request: () => ({ method: 'GET', url: '/api/coach' }),
    expect: (a) => (a === 'anonymous' ? 401 : 403),
    coach: () => 200,
  },
  'GET /api/coach/couples/{coupleId}': {
    request: (w: World) => ({ method: 'GET', url: `/api/coach/couples/${w.coupleIds[1]}` }),
    ...coachOfCoupleOne,
  },
  'POST /api/coach/couples/{coupleId}/session': {
    request: (w: World) => ({
      method: 'POST',
      url: `/api/coach/couples/${w.coupleIds[1]}/session`,
      body: { date: yesterday() },
    }),
    ...coachOfCoupleOne,
  },
};
