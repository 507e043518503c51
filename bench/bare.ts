/**
 * The bare baselines of the area sections: bare Fastify on the same store running the same SQL
 * as attune's route (the session lookup, then the same reads and writes), returning the rows as
 * they come, without attune's layers (hooks, validation, scope module, rules, response schemas,
 * security headers). The couple comes from the session, as in attune.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Store } from '../src/storage/db.ts';
import { newId, nowIso } from '../src/storage/ids.ts';
import { lookUpSession } from './baseline.ts';

export function bareRoutes(app: FastifyInstance, store: Store): void {
  const { db } = store;
  const session = async (cookie: string | undefined) => {
    const s = await lookUpSession(store, cookie);
    if (!s?.couple_id) throw new Error('no session');
    return { coupleId: s.couple_id, userId: s.user_id };
  };

  // Credit: a cached hints read checks the database's write stamp (one O(1) statement; the data
  // fingerprint is re-read only after a write) and reads the viewer's decisions, the partners and
  // the metrics.
  app.get('/credit/hints', async (request) => {
    const { coupleId, userId } = await session(request.headers.cookie);
    const stamp =
      store.dialect === 'postgres'
        ? sql`select pg_current_snapshot()::text as s`.execute(db)
        : sql`pragma data_version`.execute(db);
    const [fingerprint, decisions, partners, metrics] = await Promise.all([
      stamp,
      db
        .selectFrom('credit_decisions')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where('user_id', '=', userId)
        .execute(),
      db
        .selectFrom('members')
        .select(['user_id', 'display_name'])
        .where('couple_id', '=', coupleId)
        .execute(),
      db.selectFrom('metrics').selectAll().where('couple_id', '=', coupleId).execute(),
    ]);
    return { fingerprint, decisions, partners, metrics };
  });

  // Anchors: the anchors, their check-offs, stress periods, paused habits (as presentAnchors).
  const anchorsScreen = async (coupleId: string, only?: string) => {
    let q = db.selectFrom('anchors').selectAll().where('couple_id', '=', coupleId);
    if (only) q = q.where('id', '=', only);
    const [anchors, stress, paused, habits] = await Promise.all([
      q.orderBy('created_at').orderBy('id').execute(),
      db
        .selectFrom('stress_periods')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .orderBy('opened_on', 'desc')
        .execute(),
      db.selectFrom('stress_paused_habits').selectAll().where('couple_id', '=', coupleId).execute(),
      db
        .selectFrom('habits')
        .select(['id', 'action', 'status', 'status_since'])
        .where('couple_id', '=', coupleId)
        .execute(),
    ]);
    const checkoffs =
      anchors.length === 0
        ? []
        : await db
            .selectFrom('anchor_checkoffs')
            .select(['anchor_id', 'date'])
            .where('couple_id', '=', coupleId)
            .where(
              'anchor_id',
              'in',
              anchors.map((a) => a.id),
            )
            .orderBy('date')
            .execute();
    return { anchors, stress, paused, habits, checkoffs };
  };
  app.get('/anchors', async (request) => anchorsScreen((await session(request.headers.cookie)).coupleId));
  app.post('/anchors/:id/checkoffs', async (request, reply) => {
    const { coupleId, userId } = await session(request.headers.cookie);
    const { id } = request.params as { id: string };
    const { date } = request.body as { date: string };
    await db
      .selectFrom('anchors')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('anchor_checkoffs')
      .values({ couple_id: coupleId, anchor_id: id, date, by_user: userId, created_at: nowIso() })
      .onConflict((oc) => oc.columns(['couple_id', 'anchor_id', 'date']).doNothing())
      .execute();
    reply.status(201);
    return anchorsScreen(coupleId, id);
  });

  // Exploration: the domains, ideas, tries, ratings and the latest draws (as presentOverview).
  const overview = async (coupleId: string) => {
    const [domains, ideas, tries, ratings] = await Promise.all([
      db.selectFrom('domains').selectAll().where('couple_id', '=', coupleId).execute(),
      db
        .selectFrom('exploration_ideas')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .orderBy('created_at')
        .execute(),
      db
        .selectFrom('exploration_tries')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .orderBy('started_on', 'desc')
        .execute(),
      db
        .selectFrom('exploration_ratings')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .orderBy('try_id')
        .execute(),
    ]);
    const draws = await db
      .selectFrom('exploration_draws')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .orderBy('created_at', 'desc')
      .limit(5)
      .execute();
    return { domains, ideas, tries, ratings, draws };
  };
  app.get('/exploration', async (request) => overview((await session(request.headers.cookie)).coupleId));
  app.post('/exploration/tries/:id/ratings', async (request, reply) => {
    const { coupleId, userId } = await session(request.headers.cookie);
    const { id } = request.params as { id: string };
    const { rating } = request.body as { rating: number };
    await db
      .selectFrom('exploration_tries')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('exploration_ratings')
      .values({ couple_id: coupleId, try_id: id, user_id: userId, rating, created_at: nowIso() })
      .onConflict((oc) => oc.columns(['couple_id', 'try_id', 'user_id']).doUpdateSet({ rating }))
      .execute();
    reply.status(201);
    return overview(coupleId);
  });

  // Alignment: one round with the answers the viewer may see, who submitted, its metrics, and
  // for the reveal the domains and the partner's name (as loadRound).
  const round = async (coupleId: string, userId: string, id: string) => {
    const row = await db
      .selectFrom('alignment_rounds')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const [answers, submissions, metrics] = await Promise.all([
      db
        .selectFrom('alignment_answers')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where('round_id', '=', id)
        .where((eb) => eb.or([eb('author_id', '=', userId), eb('visibility', '=', 'shared')]))
        .execute(),
      db
        .selectFrom('alignment_answers')
        .select(['round_id', 'author_id'])
        .where('couple_id', '=', coupleId)
        .where('submitted_at', 'is not', null)
        .execute(),
      db
        .selectFrom('metrics')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('alignment_metrics')
            .select('metric_id')
            .where('couple_id', '=', coupleId)
            .where('round_id', '=', id),
        )
        .execute(),
    ]);
    const other = answers.find((a) => a.author_id !== userId);
    const [domains, partner] = other
      ? await Promise.all([
          db.selectFrom('domains').selectAll().where('couple_id', '=', coupleId).execute(),
          db
            .selectFrom('members')
            .select('display_name')
            .where('couple_id', '=', coupleId)
            .where('user_id', '=', other.author_id)
            .executeTakeFirst(),
        ])
      : [[], undefined];
    return { row, answers, submissions, metrics, domains, partner };
  };
  app.get('/alignment/rounds/:id', async (request) => {
    const { coupleId, userId } = await session(request.headers.cookie);
    return round(coupleId, userId, (request.params as { id: string }).id);
  });
  app.patch('/alignment/rounds/:id/answer', async (request) => {
    const { coupleId, userId } = await session(request.headers.cookie);
    const { id } = request.params as { id: string };
    const { successMeans } = request.body as { successMeans: string };
    await db
      .selectFrom('alignment_rounds')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await db.selectFrom('domains').selectAll().where('couple_id', '=', coupleId).execute();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('alignment_rounds')
        .set((eb) => ({ revealed_at: eb.ref('revealed_at') }))
        .where('couple_id', '=', coupleId)
        .where('id', '=', id)
        .execute();
      await trx
        .selectFrom('alignment_answers')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where('round_id', '=', id)
        .where('author_id', '=', userId)
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('alignment_answers')
        .set({ success_means: successMeans, updated_at: nowIso() })
        .where('couple_id', '=', coupleId)
        .where('round_id', '=', id)
        .where('author_id', '=', userId)
        .execute();
    });
    return round(coupleId, userId, id);
  });

  // Rituals: the rituals and the last 30 days' completions (as GET /api/rituals); a completion.
  app.get('/rituals', async (request) => {
    const { coupleId } = await session(request.headers.cookie);
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10);
    const [rituals, done] = await Promise.all([
      db.selectFrom('rituals').selectAll().where('couple_id', '=', coupleId).orderBy('created_at').execute(),
      db
        .selectFrom('ritual_completions')
        .select(['ritual_id', 'author_id', 'date'])
        .where('couple_id', '=', coupleId)
        .where('date', '>=', from)
        .where('date', '<=', today)
        .execute(),
    ]);
    return { rituals, done };
  });
  app.post('/rituals/:id/completions', async (request, reply) => {
    const { coupleId, userId } = await session(request.headers.cookie);
    const { id } = request.params as { id: string };
    const { date } = request.body as { date: string };
    await db
      .selectFrom('rituals')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await db.transaction().execute((trx) =>
      trx
        .insertInto('ritual_completions')
        .values({
          couple_id: coupleId,
          id: newId(),
          ritual_id: id,
          author_id: userId,
          date,
          created_at: nowIso(),
        })
        .onConflict((oc) => oc.columns(['couple_id', 'ritual_id', 'author_id', 'date']).doNothing())
        .execute(),
    );
    reply.status(201);
    return { ritualId: id, date, logEntryId: null };
  });

  // History: the raw read of the rows the history is made of (check-ins the viewer may see, the
  // partners, metrics, life events, experiments, habits, anchors with their check-offs, stress
  // periods, rituals), returned as they come.
  app.get('/history', async (request) => {
    const { coupleId, userId } = await session(request.headers.cookie);
    const couple = (t: 'members' | 'metrics' | 'experiments' | 'habits' | 'stress_periods' | 'rituals') =>
      db
        .selectFrom(t as 'members')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .execute();
    const [checkins, events, members, metrics, experiments, habits, stress, rituals, anchors] =
      await Promise.all([
        db
          .selectFrom('checkins')
          .select([
            'author_id',
            'date',
            'satisfaction',
            'energy',
            'connection',
            'conflicts',
            'positives',
            'metrics',
          ])
          .where('couple_id', '=', coupleId)
          .where((eb) => eb.or([eb('visibility', '=', 'shared'), eb('author_id', '=', userId)]))
          .execute(),
        db
          .selectFrom('log')
          .select(['id', 'date', 'text'])
          .where('couple_id', '=', coupleId)
          .where('kind', '=', 'life_event')
          .where('deleted_at', 'is', null)
          .where((eb) => eb.or([eb('visibility', '=', 'shared'), eb('author_id', '=', userId)]))
          .execute(),
        couple('members'),
        couple('metrics'),
        couple('experiments'),
        couple('habits'),
        couple('stress_periods'),
        couple('rituals'),
        anchorsScreen(coupleId),
      ]);
    return { checkins, events, members, metrics, experiments, habits, stress, rituals, anchors };
  });
}
