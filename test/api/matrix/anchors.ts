import { addDays, localDate } from '../../../src/dates.ts';
import type { Actor } from '../../support/app.ts';
import type { ActorKind, Letter, ObjectKind, Row, World } from './world.ts';
import { entryRule, member, uniq } from './world.ts';

// A day inside every partner's edit window (partners live in Berlin and New York).
const plantDay = () => addDays(localDate('America/New_York'), -1);

const coupleOf = (letter: Letter) => (letter === 'A' || letter === 'B' ? 1 : 2);

/** Anchors have no private kind: every object is an anchor of the owner's couple, named with a canary. */
async function plantAnchor(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const name = `CANARY-ANCHOR-${owner}-${uniq()}`;
  w.canaries.push({ text: name, couple: coupleOf(owner), author: owner, private: false, area: 'anchors' });
  const res = await w.byLetter[owner].post('/api/anchors', {
    name,
    cadence: { times: 1, days: 7 },
    startDate: addDays(plantDay(), -1),
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json().id as string, owner };
}

/** Closes the couple's open stress period, if any (one may be open at a time). */
async function calm(who: Actor) {
  const open = (await who.get('/api/anchors')).json()?.stress;
  if (open) await who.post(`/api/anchors/stress/${open.id}/close`);
}

async function plantStress(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const who = w.byLetter[owner];
  await calm(who);
  const name = `CANARY-STRESS-${owner}-${uniq()}`;
  w.canaries.push({ text: name, couple: coupleOf(owner), author: owner, private: false });
  const res = await who.post('/api/anchors/stress', { name });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json().id as string, owner };
}

/** A snapshot (canary note) holding an anchor (canary name) that was removed since: restorable. */
const anchorOfSnapshot = new Map<string, string>();
async function plantSnapshot(w: World, actor: ActorKind, object: ObjectKind) {
  const { id: anchorId, owner } = await plantAnchor(w, actor, object);
  const who = w.byLetter[owner];
  const note = `CANARY-SNAPSHOT-${owner}-${uniq()}`;
  w.canaries.push({ text: note, couple: coupleOf(owner), author: owner, private: false });
  const res = await who.post('/api/anchors/archive', { note });
  if (res.statusCode !== 201) throw new Error(res.body);
  await calm(who);
  if ((await who.delete(`/api/anchors/${anchorId}`)).statusCode !== 200)
    throw new Error('could not remove anchor');
  anchorOfSnapshot.set(res.json().id, anchorId);
  return { id: res.json().id as string, owner };
}

const couple = (ok: number) =>
  entryRule({ ownShared: ok, ownPrivate: ok, partnerShared: ok, partnerPrivate: ok, otherCouple: 404 });

export const anchorRows: Record<string, Row> = {
  'POST /api/anchors': {
    request: () => ({
      method: 'POST',
      url: '/api/anchors',
      body: { name: 'Morning coffee together', cadence: { times: 3, days: 7 } },
    }),
    expect: member(201),
  },
  'PATCH /api/anchors/{id}': {
    objects: true,
    makeObject: plantAnchor,
    request: (_w, _a, id) => ({ method: 'PATCH', url: `/api/anchors/${id}`, body: { name: 'Date night' } }),
    expect: couple(200),
  },
  'DELETE /api/anchors/{id}': {
    objects: true,
    makeObject: plantAnchor,
    prepare: (w, _id, owner) => calm(w.byLetter[owner]),
    request: (_w, _a, id) => ({ method: 'DELETE', url: `/api/anchors/${id}` }),
    expect: couple(200),
  },
  'POST /api/anchors/{id}/checkoffs': {
    objects: true,
    makeObject: plantAnchor,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/anchors/${id}/checkoffs`,
      body: { date: plantDay() },
    }),
    expect: couple(201),
  },
  'DELETE /api/anchors/{id}/checkoffs/{date}': {
    objects: true,
    makeObject: plantAnchor,
    prepare: async (w, id, owner) => {
      const res = await w.byLetter[owner].post(`/api/anchors/${id}/checkoffs`, { date: plantDay() });
      if (res.statusCode !== 201) throw new Error(res.body);
    },
    request: (_w, _a, id) => ({ method: 'DELETE', url: `/api/anchors/${id}/checkoffs/${plantDay()}` }),
    expect: couple(200),
  },
  'POST /api/anchors/stress': {
    // Closes the actor's open period first, so each member's request can succeed in the shared world.
    request: async (_w, actor) => {
      if (actor.cookie) await calm(actor);
      return { method: 'POST', url: '/api/anchors/stress', body: { name: 'Job search' } };
    },
    expect: member(201),
  },
  'POST /api/anchors/stress/{id}/crisis': {
    objects: true,
    makeObject: plantStress,
    request: (_w, _a, id) => ({ method: 'POST', url: `/api/anchors/stress/${id}/crisis` }),
    expect: couple(200),
  },
  'POST /api/anchors/stress/{id}/close': {
    objects: true,
    makeObject: plantStress,
    request: (_w, _a, id) => ({ method: 'POST', url: `/api/anchors/stress/${id}/close` }),
    expect: couple(200),
  },
  'POST /api/anchors/roles': {
    // Each object is a role switch with a canary note, so GET /api/anchors/roles is scanned for leaks.
    objects: true,
    makeObject: async (w, actor, object) => {
      const owner = w.ownerOf(actor, object);
      const note = `CANARY-ROLE-${owner}-${uniq()}`;
      w.canaries.push({ text: note, couple: coupleOf(owner), author: owner, private: false });
      const res = await w.byLetter[owner].post('/api/anchors/roles', { role: 'lover', note });
      if (res.statusCode !== 201) throw new Error(res.body);
      return { id: res.json().history[0].id as string, owner };
    },
    request: () => ({ method: 'POST', url: '/api/anchors/roles', body: { role: 'friend' } }),
    expect: entryRule({
      ownShared: 201,
      ownPrivate: 201,
      partnerShared: 201,
      partnerPrivate: 201,
      otherCouple: 201,
    }),
  },
  'POST /api/anchors/archive': {
    request: () => ({ method: 'POST', url: '/api/anchors/archive', body: { note: 'A good month' } }),
    expect: member(201),
  },
  'GET /api/anchors/archive/{id}': {
    objects: true,
    makeObject: plantSnapshot,
    request: (_w, _a, id) => ({ method: 'GET', url: `/api/anchors/archive/${id}` }),
    expect: couple(200),
  },
  'POST /api/anchors/archive/{id}/restore': {
    objects: true,
    makeObject: plantSnapshot,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/anchors/archive/${id}/restore`,
      body: { kind: 'anchor', id: anchorOfSnapshot.get(id) ?? id },
    }),
    expect: couple(200),
  },
  'GET /api/anchors/archive': {
    request: () => ({ method: 'GET', url: '/api/anchors/archive' }),
    expect: member(200),
  },
  'GET /api/anchors/roles': {
    request: () => ({ method: 'GET', url: '/api/anchors/roles' }),
    expect: member(200),
  },
  'GET /api/anchors': { request: () => ({ method: 'GET', url: '/api/anchors' }), expect: member(200) },
};
