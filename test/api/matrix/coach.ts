import { addDays, localDate } from '../../../src/dates.ts';
import type { Actor } from '../../support/app.ts';
import type { ActorKind, CoachKind, Letter, ObjectKind, Row, World } from './world.ts';
import { COACH_AREAS, member, uniq } from './world.ts';

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

/*
 * Suggestions. Each object is a fresh habit suggestion (in a fresh domain, so an accept never meets
 * the pace) by the admitted coach of the owner's couple, its text a canary of that couple's: the
 * coach who made it and the couple read it, nobody else. Private kinds are the same: a suggestion
 * belongs to the couple.
 */
const coupleOf = (letter: Letter): 1 | 2 => (letter === 'A' || letter === 'B' ? 1 : 2);

async function plantSuggestion(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const couple = coupleOf(owner);
  const tag = uniq();
  const domain = (await w.byLetter[owner].post('/api/couple/domains', { label: `s ${tag}` })).json().id;
  const text = `CANARY-SUGGESTED-${tag}`;
  w.canaries.push({ text, couple, author: owner, private: false, area: 'habits' });
  const coach = w.actors.get(couple === 1 ? 'coach' : 'coachOther')!;
  const res = await coach.post(`/api/coach/couples/${w.coupleIds[couple]}/suggestions`, {
    kind: 'habit',
    fields: { cue: 'After dinner', action: `I say ${text} aloud`, domain, schedule: { kind: 'daily' } },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json().id as string, owner };
}

const suggestion = {
  objects: true,
  makeObject: plantSuggestion,
  ...partnerOnly(200),
};

Object.assign(coachRows, {
  'GET /api/coach/couples/{coupleId}/suggestions': {
    request: (w: World) => ({ method: 'GET', url: `/api/coach/couples/${w.coupleIds[1]}/suggestions` }),
    ...coachOfCoupleOne,
  },
  'POST /api/coach/couples/{coupleId}/suggestions': {
    request: (w: World) => ({
      method: 'POST',
      url: `/api/coach/couples/${w.coupleIds[1]}/suggestions`,
      body: {
        kind: 'habit',
        fields: {
          cue: 'After dinner',
          action: 'I ask how her day went',
          domain: 'communication',
          schedule: { kind: 'daily' },
        },
      },
    }),
    expect: (a: ActorKind) => (a === 'anonymous' ? 401 : 403),
    coach: (a: CoachKind) => (a === 'coach' ? 201 : 404),
  },
  'GET /api/coach-suggestions': {
    request: () => ({ method: 'GET', url: '/api/coach-suggestions' }),
    ...partnerOnly(200),
  },
  'POST /api/coach-suggestions/{suggestionId}/accept': {
    ...suggestion,
    request: (_w: World, _a: Actor, id: string) => ({
      method: 'POST',
      url: `/api/coach-suggestions/${id}/accept`,
    }),
  },
  'POST /api/coach-suggestions/{suggestionId}/decline': {
    ...suggestion,
    request: (w: World, a: Actor, id: string) => {
      // The reason is a canary of the decliner's couple: its coach reads it, nobody else outside.
      const reason = `CANARY-DECLINED-${uniq()}`;
      const letter = w.letterOf(a);
      if (letter)
        w.canaries.push({
          text: reason,
          couple: coupleOf(letter),
          author: letter,
          private: false,
          area: 'habits',
        });
      return { method: 'POST', url: `/api/coach-suggestions/${id}/decline`, body: { reason } };
    },
  },
} satisfies Record<string, Row>);
