import { addDays, localDate } from '../../../src/dates.ts';
import type { ActorKind, ObjectKind, Row, World } from './world.ts';
import { entryRule, member, uniq } from './world.ts';

const plantDay = () => addDays(localDate('America/New_York'), -1);

/** A reflection whose answer is a canary: private for the private kinds, shared otherwise. */
async function plantReflection(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const priv = object.endsWith('Private');
  const answer = `CANARY-REFLECTION-${owner}-${priv ? 'private' : 'shared'}-${uniq()}`;
  w.watch(answer, owner, priv);
  const res = await w.byLetter[owner].post('/api/insights/reflections', {
    question: 5,
    answer,
    visibility: priv ? 'private' : 'shared',
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  w.watch(res.json().id, owner, priv);
  return { id: res.json().id as string, owner };
}

/** A habit of the owner's couple (owned by both, in a fresh domain), retired: open to a failure analysis. */
async function plantRetiredHabit(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const who = w.byLetter[owner];
  const domain = await who.post('/api/couple/domains', { label: `i ${uniq()}` });
  const text = `CANARY-RETIRED-${owner}-${uniq()}`;
  w.watch(text, owner, false);
  const res = await who.post('/api/habits', {
    cue: 'After dinner',
    action: `I say ${text}`,
    owner: 'both',
    domain: domain.statusCode === 201 ? domain.json().id : 'communication',
    schedule: { kind: 'daily' },
    startDate: plantDay(),
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  const id = res.json().id as string;
  const retired = await who.post(`/api/habits/${id}/status`, {
    status: 'retired',
    reason: 'Too much at once',
  });
  if (retired.statusCode !== 200) throw new Error(retired.body);
  return { id, owner };
}

const couple = (ok: number) =>
  entryRule({ ownShared: ok, ownPrivate: ok, partnerShared: ok, partnerPrivate: ok, otherCouple: 404 });

export const insightRows: Record<string, Row> = {
  'POST /api/insights/reflections': {
    request: () => ({
      method: 'POST',
      url: '/api/insights/reflections',
      body: { question: 1, answer: 'Peace and quiet, mostly', visibility: 'private' },
    }),
    expect: member(201),
  },
  'POST /api/insights/failures': {
    objects: true,
    makeObject: plantRetiredHabit,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: '/api/insights/failures',
      body: {
        subjectKind: 'habit',
        subjectId: id,
        cue: 'weak',
        reward: 'missing',
        size: 'too big',
        timing: 'fine',
        partnerResponse: 'fine',
        note: `CANARY-NOTE-${uniq()}`,
        visibility: 'private',
      },
    }),
    expect: couple(201),
  },
  // Reads come last, so they answer after every object was planted (the canary scan sees them).
  'GET /api/insights': {
    objects: true,
    makeObject: plantReflection,
    request: () => ({ method: 'GET', url: '/api/insights' }),
    expect: member(200),
  },
  'GET /api/insights/report': {
    objects: true,
    makeObject: plantReflection,
    request: () => ({ method: 'GET', url: `/api/insights/report?month=${plantDay().slice(0, 7)}` }),
    expect: member(200),
  },
};
