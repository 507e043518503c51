/**
 * Bare baselines for the rewards and pace sections, in the manner of bench/bare.ts: bare Fastify
 * on the same store, the session lookup and then the same SQL as attune's route, rows returned
 * as they come, without attune's layers or rules.
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../src/storage/db.ts';
import { newId, nowIso } from '../src/storage/ids.ts';
import { lookUpSession } from './baseline.ts';

export function bareRewardsAndPace(app: FastifyInstance, store: Store): void {
  const { db } = store;
  const session = async (cookie: string | undefined) => {
    const s = await lookUpSession(store, cookie);
    if (!s?.couple_id) throw new Error('no session');
    return { coupleId: s.couple_id, userId: s.user_id };
  };

  // Rewards: the audit items one may see and the log facts the hint comes from.
  app.get('/rewards/audit', async (request) => {
    const { coupleId, userId } = await session(request.headers.cookie);
    const [items, facts] = await Promise.all([
      db
        .selectFrom('reward_audit')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where((eb) => eb.or([eb('visibility', '=', 'shared'), eb('author_id', '=', userId)]))
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('log')
        .select(['kind', 'date', 'domains'])
        .where('couple_id', '=', coupleId)
        .where('deleted_at', 'is', null)
        .where((eb) => eb.or([eb('visibility', '=', 'shared'), eb('author_id', '=', userId)]))
        .execute(),
    ]);
    return { items, facts };
  });
  app.post('/rewards/audit', async (request, reply) => {
    const { coupleId, userId } = await session(request.headers.cookie);
    const b = request.body as {
      behaviour: string;
      label: 'immediate' | 'relief' | 'both';
      visibility?: 'private' | 'shared';
    };
    const row = {
      couple_id: coupleId,
      id: newId(),
      author_id: userId,
      behaviour: b.behaviour,
      label: b.label,
      visibility: b.visibility ?? ('private' as const),
      created_at: nowIso(),
    };
    await db.insertInto('reward_audit').values(row).execute();
    reply.status(201);
    return row;
  });

  // Pace: domains, decisions, habits and every check-off (as paceView), for all or one domain.
  const paceScreen = (coupleId: string) =>
    Promise.all([
      db
        .selectFrom('domains')
        .select(['id', 'label'])
        .where('couple_id', '=', coupleId)
        .orderBy('created_at')
        .execute(),
      db.selectFrom('pace').selectAll().where('couple_id', '=', coupleId).execute(),
      db.selectFrom('habits').selectAll().where('couple_id', '=', coupleId).orderBy('created_at').execute(),
      db
        .selectFrom('habit_checkoffs')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .orderBy('habit_id')
        .orderBy('date')
        .execute(),
    ]);
  app.get('/pace', async (request) => paceScreen((await session(request.headers.cookie)).coupleId));
  app.patch('/pace/:domain', async (request) => {
    const { coupleId } = await session(request.headers.cookie);
    const { domain } = request.params as { domain: string };
    const b = request.body as { maxActive: number; size: 'small' };
    await db.selectFrom('domains').select(['id']).where('couple_id', '=', coupleId).execute();
    await db.selectFrom('pace').selectAll().where('couple_id', '=', coupleId).execute();
    const decided_at = nowIso();
    await db
      .insertInto('pace')
      .values({ couple_id: coupleId, domain, max_active: b.maxActive, size: b.size, decided_at })
      .onConflict((oc) =>
        oc
          .columns(['couple_id', 'domain'])
          .doUpdateSet({ max_active: b.maxActive, size: b.size, decided_at }),
      )
      .execute();
    return paceScreen(coupleId);
  });
}
