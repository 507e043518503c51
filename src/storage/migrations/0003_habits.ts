import type { Kysely } from 'kysely';

// Micro-habits, their check-offs, SRBAI answers and pending (eased) changes; the reward audit;
// the pace per domain. Frozen once landed. Only text and integer columns, so one file serves
// SQLite and PostgreSQL; `couple_id` first in every primary key.

export async function up(db: Kysely<any>): Promise<void> {
  const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');

  await db.schema
    .createTable('habits')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull()) // a partner's user id, or 'both'
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('cue', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reward', 'text', (c) => c.notNull())
    .addColumn('schedule_kind', 'text', (c) => c.notNull()) // daily | weekdays | times
    .addColumn('weekdays', 'text', (c) => c.notNull()) // JSON array of ISO weekdays 1–7
    .addColumn('times', 'integer', (c) => c.notNull()) // k
    .addColumn('days', 'integer', (c) => c.notNull()) // n
    .addColumn('status', 'text', (c) => c.notNull()) // active | paused | graduated | retired
    .addColumn('status_reason', 'text')
    .addColumn('status_since', 'text', (c) => c.notNull()) // local date the status began
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('habits_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('habit_checkoffs')
    .addColumn('couple_id', 'text', couple)
    .addColumn('habit_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // done | skip | paused
    .addColumn('by_user', 'text', (c) => c.notNull())
    .addColumn('appreciation_id', 'text') // the partner's one-tap answer, a log entry
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('habit_checkoffs_pk', ['couple_id', 'habit_id', 'date'])
    .execute();

  await db.schema
    .createTable('habit_srbai')
    .addColumn('couple_id', 'text', couple)
    .addColumn('habit_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull()) // JSON array of four 1–7 answers
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('habit_srbai_pk', ['couple_id', 'habit_id', 'user_id', 'date'])
    .execute();

  await db.schema
    .createTable('habit_changes')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('habit_id', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull()) // JSON: the new schedule or status
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('consents', 'text', (c) => c.notNull()) // JSON array of user ids
    .addColumn('state', 'text', (c) => c.notNull()) // pending | applied | withdrawn
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('habit_changes_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('reward_audit')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('behaviour', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull()) // immediate | relief | both
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reward_audit_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('pace')
    .addColumn('couple_id', 'text', couple)
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('max_active', 'integer', (c) => c.notNull())
    .addColumn('size', 'text', (c) => c.notNull()) // small | medium | large
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pace_pk', ['couple_id', 'domain'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['pace', 'reward_audit', 'habit_changes', 'habit_srbai', 'habit_checkoffs', 'habits']) {
    await db.schema.dropTable(t).execute();
  }
}
