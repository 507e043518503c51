import type { ActorKind, ObjectKind, Row, World } from './world.ts';
import { entryRule, member, uniq } from './world.ts';

const coupleOf = (letter: string) => (letter === 'A' || letter === 'B' ? 1 : 2);

/** A try of the owner's own idea, whose text is a (couple-wide) canary. */
async function plantTry(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const who = w.byLetter[owner];
  const text = `CANARY-IDEA-${owner}-${uniq()}`;
  w.canaries.push({ text, couple: coupleOf(owner), author: owner, private: false });
  const idea = await who.post('/api/exploration/ideas', { domain: 'intimacy', text });
  if (idea.statusCode !== 201) throw new Error(idea.body);
  const res = await who.post('/api/exploration/tries', { ideaId: idea.json().id });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { id: res.json().id as string, owner };
}

const couple = (ok: number) =>
  entryRule({ ownShared: ok, ownPrivate: ok, partnerShared: ok, partnerPrivate: ok, otherCouple: 404 });

export const explorationRows: Record<string, Row> = {
  'POST /api/exploration/ideas': {
    request: () => ({
      method: 'POST',
      url: '/api/exploration/ideas',
      body: { domain: 'communication', text: 'Read aloud to each other' },
    }),
    expect: member(201),
  },
  'POST /api/exploration/draws': {
    request: () => ({ method: 'POST', url: '/api/exploration/draws', body: { seed: 1 } }),
    expect: member(201),
  },
  'POST /api/exploration/tries': {
    request: () => ({
      method: 'POST',
      url: '/api/exploration/tries',
      body: { ideaId: 'starter-intimacy-01' },
    }),
    expect: member(201),
  },
  'POST /api/exploration/tries/{id}/ratings': {
    objects: true,
    makeObject: plantTry,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/exploration/tries/${id}/ratings`,
      body: { rating: 4 },
    }),
    expect: couple(201),
  },
  'POST /api/exploration/tries/{id}/end': {
    objects: true,
    makeObject: plantTry,
    request: (_w, _a, id) => ({
      method: 'POST',
      url: `/api/exploration/tries/${id}/end`,
      body: { outcome: 'return' },
    }),
    expect: couple(200),
  },
  'GET /api/exploration/ideas': {
    request: () => ({ method: 'GET', url: '/api/exploration/ideas' }),
    expect: member(200),
  },
  'GET /api/exploration': {
    request: () => ({ method: 'GET', url: '/api/exploration' }),
    expect: member(200),
  },
};
