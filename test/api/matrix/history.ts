import { addDays, localDate } from '../../../src/dates.ts';
import type { ActorKind, ObjectKind, Row, World } from './world.ts';
import { member, uniq } from './world.ts';

// A day inside every partner's edit window (partners live in Berlin and New York).
const plantDay = () => addDays(localDate('America/New_York'), -1);

/**
 * A life event whose text is a canary (private for the private kinds), which the history shows
 * as an annotation: only its author may ever read a private one there.
 */
async function plantLifeEvent(w: World, actor: ActorKind, object: ObjectKind) {
  const owner = w.ownerOf(actor, object);
  const visibility = object.endsWith('Private') ? 'private' : 'shared';
  const text = `CANARY-HISTORY-${owner}-${visibility}-${uniq()}`;
  w.watch(text, owner, visibility === 'private');
  const res = await w.byLetter[owner].post('/api/log', {
    kind: 'life_event',
    date: plantDay(),
    text,
    visibility,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  w.watch(res.json().id, owner, visibility === 'private');
  return { id: res.json().id as string, owner };
}

export const historyRows: Record<string, Row> = {
  'GET /api/history': {
    objects: true,
    makeObject: plantLifeEvent,
    request: () => ({
      method: 'GET',
      url: `/api/history?from=${addDays(plantDay(), -7)}&to=${addDays(plantDay(), 2)}`,
    }),
    expect: member(200),
  },
};
