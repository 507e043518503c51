import { localDate } from '../../../src/dates.ts';
import type { ActorKind, Letter, ObjectKind, Row, World } from './world.ts';
import { entryRule, member, uniq } from './world.ts';

/*
 * Experiments have no private kind. Here "own"/"partner" objects are experiments the object's
 * owner performs; the "private" ones are blinded, so the owner's partner rates blind. For the
 * actor, "partnerPrivate" is the blinded-rater case: the partner performs and the actor rates
 * without being told the phase. Each experiment gets a fresh metric of its own, since only one
 * experiment may run per metric.
 */

/** Where a person lives now (the matrix's own PATCH /api/couple/me may have moved them). */
async function zone(w: World, l: Letter): Promise<string> {
  const partners = (await w.byLetter[l].get('/api/couple')).json().partners as {
    me: boolean;
    timeZone: string;
  }[];
  return partners.find((p) => p.me)!.timeZone;
}
const partnerOf = (l: Letter): Letter => ({ A: 'B', B: 'A', C: 'D', D: 'C' })[l] as Letter;
const coupleOf = (l: Letter) => (l === 'A' || l === 'B' ? 1 : 2);
/** The first day of each planted experiment, for the rows that tap or guess on it. */
const startOf = new Map<string, string>();

async function freshMetric(w: World, owner: Letter): Promise<string> {
  const proposed = await w.byLetter[owner].post('/api/checkins/metrics', {
    name: `experiment ${uniq()}`,
    scaleMin: 0,
    scaleMax: 10,
    better: 'higher',
  });
  if (proposed.statusCode !== 201) throw new Error(proposed.body);
  const id = proposed.json().id as string;
  const accepted = await w.byLetter[partnerOf(owner)].post(`/api/checkins/metrics/${id}/accept`);
  if (accepted.statusCode !== 200) throw new Error(accepted.body);
  return id;
}

/**
 * Plants an experiment performed by the object's owner; `running` has the partner accept it.
 * With `tap`, the performer taps today with a note that is a phase canary: under blinding only
 * the performer may ever see it while the experiment runs.
 */
const plant =
  (opts: { running: boolean; tap: boolean }) =>
  async (w: World, actor: ActorKind, object: ObjectKind): Promise<{ id: string; owner: Letter }> => {
    const owner = w.ownerOf(actor, object);
    const blind = object.endsWith('Private');
    const title = `CANARY-EXPERIMENT-${owner}-${uniq()}`;
    w.canaries.push({
      text: title,
      couple: coupleOf(owner),
      author: owner,
      private: false,
      area: 'experiments',
    });
    const res = await w.byLetter[owner].post('/api/experiments', {
      title,
      performer: 'me',
      metric: await freshMetric(w, owner),
      blind,
      startDate: localDate(await zone(w, owner)),
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    const id = res.json().id as string;
    if (!opts.running) return { id, owner };
    const accepted = await w.byLetter[partnerOf(owner)].post(`/api/experiments/${id}/accept`);
    if (accepted.statusCode !== 200) throw new Error(accepted.body);
    const start = accepted.json().startDate as string;
    startOf.set(id, start);
    if (opts.tap) {
      const note = `CANARY-PHASE-${owner}-${blind ? 'blind' : 'open'}-${uniq()}`;
      w.canaries.push({ text: note, couple: coupleOf(owner), author: owner, private: blind });
      const tap = await w.byLetter[owner].post(`/api/experiments/${id}/adherence`, { date: start, note });
      if (tap.statusCode !== 201) throw new Error(tap.body);
    }
    return { id, owner };
  };

const running = plant({ running: true, tap: true });
// Rows that end an experiment lift its blind, so they plant no phase canary.
const ending = plant({ running: true, tap: false });
const proposed = plant({ running: false, tap: false });
const dayOf = (id: string) => startOf.get(id) ?? localDate('Europe/Berlin');

const couple = (ok: number) =>
  entryRule({ ownShared: ok, ownPrivate: ok, partnerShared: ok, partnerPrivate: ok, otherCouple: 404 });

// List reads come last, so they answer after every object was planted (the canary scan sees them).
export const experimentRows: Record<string, Row> = {
  'POST /api/experiments': {
    request: () => ({
      method: 'POST',
      url: '/api/experiments',
      body: { title: 'Phones in the drawer at dinner', performer: 'me', metric: 'satisfaction' },
    }),
    expect: member(201),
  },
  'GET /api/experiments/{id}': {
    objects: true,
    makeObject: running,
    request: (_w, _a, id) => ({ method: 'GET', url: `/api/experiments/${id}` }),
    expect: couple(200),
  },
  'POST /api/experiments/{id}/accept': {
    objects: true,
    makeObject: proposed,
    request: (_w, _a, id) => ({ method: 'POST', url: `/api/experiments/${id}/accept` }),
    // The proposer accepted by proposing; the partner's acceptance locks it.
    expect: entryRule({
      ownShared: 409,
      ownPrivate: 409,
      partnerShared: 200,
      partnerPrivate: 200,
      otherCouple: 404,
    }),
  },
  'POST /api/experiments/{id}/adherence': {
    objects: true,
    makeObject: running,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/experiments/${id}/adherence`,
      body: { date: dayOf(id) },
    }),
    // Only the performer taps; the blinded partner (partnerPrivate) least of all.
    expect: entryRule({
      ownShared: 201,
      ownPrivate: 201,
      partnerShared: 403,
      partnerPrivate: 403,
      otherCouple: 404,
    }),
  },
  'POST /api/experiments/{id}/guesses': {
    objects: true,
    makeObject: running,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/experiments/${id}/guesses`,
      body: { date: dayOf(id), guess: 'B' },
    }),
    // Only the blinded rater guesses.
    expect: entryRule({
      ownShared: 403,
      ownPrivate: 403,
      partnerShared: 403,
      partnerPrivate: 201,
      otherCouple: 404,
    }),
  },
  'POST /api/experiments/{id}/stop': {
    objects: true,
    makeObject: ending,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/experiments/${id}/stop`,
      body: { reason: 'Not now' },
    }),
    expect: couple(200),
  },
  'POST /api/experiments/{id}/next': {
    objects: true,
    makeObject: ending,
    prepare: async (w, id, owner) => {
      const res = await w.byLetter[owner].post(`/api/experiments/${id}/stop`, { reason: 'Enough for now' });
      if (res.statusCode !== 200) throw new Error(res.body);
    },
    request: (_w, _a, id) => ({ method: 'POST', url: `/api/experiments/${id}/next`, body: { step: 'drop' } }),
    expect: couple(200),
  },
  'GET /api/experiments': {
    request: () => ({ method: 'GET', url: '/api/experiments' }),
    expect: member(200),
  },
};
