import type { Kysely } from 'kysely';

// Anchors (non-negotiable patterns, their check-offs), stress periods and the habits their crisis
// mode paused; exploration (the couple's own ideas, Thompson draws, tries and both partners'
// ratings); roles switched and archive snapshots of good periods. Frozen once landed. Only text and integer columns, so one file serves SQLite and
// PostgreSQL; `couple_id` first in every primary key. A draw's probability is kept as integer
// parts per million, so no floating-point column is needed.

export async function up(db: Kysely<any>): Promise<void> {
  const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');

  await db.schema
    .createTable('anchors')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('times', 'integer', (c) => c.notNull()) // at least `times` …
    .addColumn('days', 'integer', (c) => c.notNull()) // … in every `days` days
    .addColumn('lowered_times', 'integer') // the lowered target while a stress period is open
    .addColumn('lowered_days', 'integer')
    .addColumn('source', 'text', (c) => c.notNull()) // checkoff | log
    .addColumn('log_kind', 'text') // for source log: the entry kind that keeps it
    .addColumn('log_domain', 'text') // … and, optionally, its domain
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('anchors_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('anchor_checkoffs')
    .addColumn('couple_id', 'text', couple)
    .addColumn('anchor_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('by_user', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('anchor_checkoffs_pk', ['couple_id', 'anchor_id', 'date'])
    .execute();

  await db.schema
    .createTable('stress_periods')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('life_event_id', 'text') // the shared life-event log entry that opened it
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('crisis_since', 'text') // the day crisis mode paused everything but the anchors
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stress_periods_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('stress_paused_habits')
    .addColumn('couple_id', 'text', couple)
    .addColumn('stress_id', 'text', (c) => c.notNull())
    .addColumn('habit_id', 'text', (c) => c.notNull())
    .addColumn('paused_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stress_paused_habits_pk', ['couple_id', 'stress_id', 'habit_id'])
    .execute();

  await db.schema
    .createTable('exploration_ideas')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull()) // own | coach
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exploration_ideas_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('exploration_draws')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('idea_id', 'text', (c) => c.notNull())
    .addColumn('probability_ppm', 'integer', (c) => c.notNull()) // P(this idea is drawn) × 10⁶
    .addColumn('candidates', 'text', (c) => c.notNull()) // JSON: [{ id, mean, ppm }]
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exploration_draws_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('exploration_tries')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('idea_id', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // explore | exploit
    .addColumn('draw_id', 'text')
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('return_plan', 'text', (c) => c.notNull()) // "if it doesn't work, we go back to …"
    .addColumn('check_on', 'text', (c) => c.notNull()) // the day to decide: keep or return
    .addColumn('ended_on', 'text')
    .addColumn('outcome', 'text') // keep | return
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exploration_tries_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('exploration_ratings')
    .addColumn('couple_id', 'text', couple)
    .addColumn('try_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull()) // 1–5
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exploration_ratings_pk', ['couple_id', 'try_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('roles')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull()) // "lover", "co-parent", …
    .addColumn('note', 'text')
    .addColumn('date', 'text', (c) => c.notNull()) // the partner's local day of the switch
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('roles_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('archive_snapshots')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull()) // auto | request
    .addColumn('note', 'text')
    .addColumn('content', 'text', (c) => c.notNull()) // JSON: habits, rituals, ratio, anchors
    .addColumn('created_by', 'text') // null for an automatic snapshot
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('archive_snapshots_pk', ['couple_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'archive_snapshots',
    'roles',
    'exploration_ratings',
    'exploration_tries',
    'exploration_draws',
    'exploration_ideas',
    'stress_paused_habits',
    'stress_periods',
    'anchor_checkoffs',
    'anchors',
  ])
    await db.schema.dropTable(t).execute();
}
