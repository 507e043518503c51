import { addDays, localDate } from '../../../src/dates.ts';
import type { Actor } from '../../support/app.ts';
import type { ActorKind, Letter, ObjectKind, Row, World } from './world.ts';
import { entryRule, member, uniq } from './world.ts';

// A day inside every partner's edit window (partners live in Berlin and New York).
const plantDay = () => addDays(localDate('America/New_York'), -1);

/** A fresh domain per habit, so the domain's pace (one change at a time) never gets in the way. */
async function freshDomain(actor: Actor): Promise<string> {
  const res = await actor.post('/api/couple/domains', { label: `m ${uniq()}` });
  return res.statusCode === 201 ? (res.json().id as string) : 'communication';
}

/**
 * Habits have no private kind; here "own"/"partner" shared objects are habits of one partner,
 * and the "private" ones habits owned by both, created by that partner. Every action carries a
 * canary, so the other couple's habits are searched for in every response.
 */
async function plantHabit(w: World, actor: ActorKind, object: ObjectKind) {
  const owner: Letter = w.ownerOf(actor, object);
  const text = `CANARY-HABIT-${owner}-${uniq()}`;
  w.canaries.push({
    text,
    couple: owner === 'A' || owner === 'B' ? 1 : 2,
    author: owner,
    private: false,
    area: 'habits',
  });
  const who = w.byLetter[owner];
  const res = await who.post('/api/habits', {
    cue: 'After I pour the coffee',
    action: `I say ${text} aloud`,
    owner: object.endsWith('Private') ? 'both' : 'me',
    domain: await freshDomain(who),
    schedule: { kind: 'daily' },
    startDate: plantDay(),
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  w.watch(res.json().id, owner, false);
  return { id: res.json().id as string, owner };
}

async function plantAuditItem(w: World, actor: ActorKind, object: ObjectKind) {
  const owner: Letter = w.ownerOf(actor, object);
  const priv = object.endsWith('Private');
  const text = `CANARY-AUDIT-${owner}-${priv ? 'private' : 'shared'}-${uniq()}`;
  w.canaries.push({ text, couple: owner === 'A' || owner === 'B' ? 1 : 2, author: owner, private: priv });
  const res = await w.byLetter[owner].post('/api/rewards/audit', {
    behaviour: text,
    label: 'relief',
    visibility: priv ? 'private' : 'shared',
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  w.watch(res.json().id, owner, priv);
  return { id: res.json().id as string, owner };
}

/** Owners act: a partner's own habit or one owned by both; the other partner's own is forbidden. */
const ownerRule = (ok: number) =>
  entryRule({ ownShared: ok, ownPrivate: ok, partnerShared: 403, partnerPrivate: ok, otherCouple: 404 });

const checkOff = async (w: World, id: string, owner: Letter) => {
  const res = await w.byLetter[owner].post(`/api/habits/${id}/checkoffs`, { date: plantDay() });
  if (res.statusCode !== 201) throw new Error(res.body);
};

// List reads come last, so they answer after every object was planted (the canary scan sees them).
export const habitRows: Record<string, Row> = {
  'POST /api/habits': {
    request: async (_w, actor) => ({
      method: 'POST',
      url: '/api/habits',
      body: {
        cue: 'After I lock the door',
        action: 'I text one kind line',
        owner: 'me',
        domain: actor.cookie ? await freshDomain(actor) : 'communication',
        schedule: { kind: 'times', times: 2, days: 7 },
      },
    }),
    expect: member(201),
  },
  'GET /api/habits/{id}': {
    objects: true,
    makeObject: plantHabit,
    request: (_w, _a, id) => ({ method: 'GET', url: `/api/habits/${id}` }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 200,
      partnerPrivate: 200,
      otherCouple: 404,
    }),
  },
  'PATCH /api/habits/{id}': {
    objects: true,
    makeObject: plantHabit,
    request: (_w, _a, id) => ({
      method: 'PATCH',
      url: `/api/habits/${id}`,
      body: { cue: 'After I lock the door' },
    }),
    expect: ownerRule(200),
  },
  'POST /api/habits/{id}/status': {
    objects: true,
    makeObject: plantHabit,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/habits/${id}/status`,
      body: { status: 'graduated' },
    }),
    expect: ownerRule(200),
  },
  'POST /api/habits/{id}/consent': {
    objects: true,
    makeObject: plantHabit,
    // The owner (for a shared habit, its creator) proposes an easier schedule first.
    prepare: async (w, id, owner) => {
      const res = await w.byLetter[owner].patch(`/api/habits/${id}`, {
        schedule: { kind: 'times', times: 1, days: 7 },
      });
      if (res.statusCode !== 200 || !res.json().pendingChange) throw new Error(res.body);
    },
    request: (_w, _a, id) => ({ method: 'POST', url: `/api/habits/${id}/consent` }),
    expect: ownerRule(200),
  },
  'POST /api/habits/{id}/checkoffs': {
    objects: true,
    makeObject: plantHabit,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/habits/${id}/checkoffs`,
      body: { date: plantDay() },
    }),
    expect: ownerRule(201),
  },
  'DELETE /api/habits/{id}/checkoffs/{date}': {
    objects: true,
    makeObject: plantHabit,
    prepare: checkOff,
    request: (_w, _a, id) => ({ method: 'DELETE', url: `/api/habits/${id}/checkoffs/${plantDay()}` }),
    expect: ownerRule(200),
  },
  'POST /api/habits/{id}/checkoffs/{date}/appreciate': {
    objects: true,
    makeObject: plantHabit,
    prepare: checkOff,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/habits/${id}/checkoffs/${plantDay()}/appreciate`,
    }),
    // Only the partner who did not check it off says thanks.
    expect: entryRule({
      ownShared: 403,
      ownPrivate: 403,
      partnerShared: 201,
      partnerPrivate: 201,
      otherCouple: 404,
    }),
  },
  'POST /api/habits/{id}/srbai': {
    objects: true,
    makeObject: plantHabit,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/habits/${id}/srbai`,
      body: { items: [4, 4, 5, 3] },
    }),
    expect: ownerRule(201),
  },
  'GET /api/habits': { request: () => ({ method: 'GET', url: '/api/habits' }), expect: member(200) },

  'POST /api/rewards/audit': {
    request: () => ({
      method: 'POST',
      url: '/api/rewards/audit',
      body: { behaviour: 'Scrolling after a fight', label: 'relief', visibility: 'shared' },
    }),
    expect: member(201),
  },
  'DELETE /api/rewards/audit/{id}': {
    objects: true,
    makeObject: plantAuditItem,
    request: (_w, _a, id) => ({ method: 'DELETE', url: `/api/rewards/audit/${id}` }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 403,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'GET /api/rewards/audit': {
    request: () => ({ method: 'GET', url: '/api/rewards/audit' }),
    expect: member(200),
  },

  'PATCH /api/pace/{domain}': {
    request: () => ({
      method: 'PATCH',
      url: '/api/pace/communication',
      body: { maxActive: 1, size: 'small' },
    }),
    expect: member(200),
  },
  'GET /api/pace': { request: () => ({ method: 'GET', url: '/api/pace' }), expect: member(200) },
};
