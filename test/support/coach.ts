import type { FastifyInstance } from 'fastify';
import { type Actor, signUp } from './app.ts';

/** A person who signed up and took the coach role. */
export async function makeCoach(app: FastifyInstance, name = 'Coach'): Promise<Actor> {
  const coach = await signUp(app, name);
  const res = await coach.post('/api/coach/profile', { displayName: name });
  if (res.statusCode !== 201) throw new Error(`coach profile failed: ${res.body}`);
  return coach;
}

async function ok<R extends { statusCode: number; body: string }>(res: R, status = 200): Promise<R> {
  if (res.statusCode !== status) throw new Error(`${res.statusCode} ${res.body}`);
  return res;
}

/**
 * `a` invites the coach consenting to `areas`, the coach redeems the code, `b` consents to
 * `bAreas` (default the same): the coach is admitted. Returns the link's id.
 */
export async function admitCoach(
  coach: Actor,
  a: Actor,
  b: Actor,
  areas: string[],
  bAreas: string[] = areas,
): Promise<string> {
  const invite = (await ok(await a.post('/api/coach-links', { areas }), 201)).json();
  await ok(await coach.post('/api/coach/join', { code: invite.code }));
  await ok(await b.post(`/api/coach-links/${invite.linkId}/consent`, { areas: bAreas }));
  return invite.linkId as string;
}
