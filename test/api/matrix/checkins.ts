import { addDays, localDate } from '../../../src/dates.ts';
import type { Actor } from '../../support/app.ts';
import type { ActorKind, Letter, ObjectKind, Row, World } from './world.ts';
import { entryRule, member, uniq } from './world.ts';

// A day inside every partner's edit window (partners live in Berlin and New York).
const plantDay = () => addDays(localDate('America/New_York'), -1);

/**
 * Plants a check-in whose note is a canary: private objects get a private note (and, for the
 * partner's, private numbers too), shared objects a shared note.
 */
async function plantCheckin(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const priv = object.endsWith('Private');
  const text = `CANARY-CHECKIN-${owner}-${priv ? 'private' : 'shared'}-${uniq()}`;
  w.canaries.push({ text, couple: owner === 'A' || owner === 'B' ? 1 : 2, author: owner, private: priv });
  const res = await w.byLetter[owner].post('/api/checkins', {
    date: plantDay(),
    satisfaction: 6,
    energy: 6,
    connection: 6,
    conflicts: 1,
    positives: 3,
    visibility: object === 'partnerPrivate' ? 'private' : 'shared',
    note: text,
    noteVisibility: priv ? 'private' : 'shared',
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return { id: res.json().id as string, owner };
}

/** A metric proposed by the object's owner (metrics are couple structure: no private kind). */
async function proposeMetric(w: World, actor: ActorKind, object: ObjectKind) {
  const owner: Letter = w.ownerOf(actor, object);
  const res = await w.byLetter[owner].post('/api/checkins/metrics', {
    name: `matrix ${uniq()}`,
    scaleMin: 0,
    scaleMax: 5,
    better: 'higher',
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json().id as string, owner };
}

const save = () => ({
  method: 'POST' as const,
  url: '/api/checkins',
  body: { date: plantDay(), satisfaction: 5, energy: 5, connection: 5, conflicts: 0, positives: 2 },
});

export const checkinRows: Record<string, Row> = {
  'GET /api/checkins/day/{date}': {
    objects: true,
    makeObject: plantCheckin,
    request: () => ({ method: 'GET', url: `/api/checkins/day/${plantDay()}` }),
    expect: member(200),
  },
  'POST /api/checkins': { request: save, expect: member(200) },
  'GET /api/checkins/week': {
    objects: true,
    makeObject: plantCheckin,
    request: () => ({ method: 'GET', url: `/api/checkins/week?end=${addDays(plantDay(), 2)}` }),
    expect: member(200),
  },
  'GET /api/checkins/metrics': {
    request: () => ({ method: 'GET', url: '/api/checkins/metrics' }),
    expect: member(200),
  },
  'POST /api/checkins/metrics': {
    request: () => ({
      method: 'POST',
      url: '/api/checkins/metrics',
      body: { name: 'Walks', scaleMin: 0, scaleMax: 3, better: 'higher' },
    }),
    expect: member(201),
  },
  'POST /api/checkins/metrics/{id}/accept': {
    objects: true,
    makeObject: proposeMetric,
    request: (_w: World, _a: Actor, id: string) => ({
      method: 'POST',
      url: `/api/checkins/metrics/${id}/accept`,
    }),
    expect: entryRule({
      ownShared: 403,
      ownPrivate: 403,
      partnerShared: 200,
      partnerPrivate: 200,
      otherCouple: 404,
    }),
  },
  'POST /api/checkins/metrics/{id}/retire': {
    objects: true,
    makeObject: proposeMetric,
    request: (_w: World, _a: Actor, id: string) => ({
      method: 'POST',
      url: `/api/checkins/metrics/${id}/retire`,
    }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 200,
      partnerPrivate: 200,
      otherCouple: 404,
    }),
  },
  'GET /api/checkins/csi4': {
    request: () => ({ method: 'GET', url: '/api/checkins/csi4' }),
    expect: member(200),
  },
  'POST /api/checkins/csi4': {
    request: () => ({ method: 'POST', url: '/api/checkins/csi4', body: { items: [4, 3, 3, 3] } }),
    expect: member(201),
  },
};
