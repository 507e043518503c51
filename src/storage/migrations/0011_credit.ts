import type { Kysely } from 'kysely';

// Credit (issue 16): the evening credit review (one a day per partner, the appreciation it saved
// and the action it credits) and each partner's decisions on the hints they were shown. Frozen
// once landed. Only text and integer columns, `couple_id` first in every primary key, so one file
// serves SQLite and PostgreSQL. The hints themselves are derived data and are not stored.

const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('credit_reviews')
    .addColumn('couple_id', 'text', couple)
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull()) // the reviewer's local day: one review a day
    .addColumn('appreciation_id', 'text', (c) => c.notNull()) // the log entry it saved
    .addColumn('action_log_id', 'text') // the partner's log entry it credits, if any
    .addColumn('action_habit_id', 'text') // … or the partner's habit check-off: its habit
    .addColumn('action_date', 'text') // … and its day
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('credit_reviews_pk', ['couple_id', 'user_id', 'date'])
    .execute();

  // A decision is the viewer's own: the hints each partner sees are computed from what that
  // partner may see, so one partner's decision must not tell the other that a hint existed.
  await db.schema
    .createTable('credit_decisions')
    .addColumn('couple_id', 'text', couple)
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('hint_key', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull()) // confirmed | dismissed
    .addColumn('q_ppm', 'integer', (c) => c.notNull()) // the hint's q when decided, parts per million
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('credit_decisions_pk', ['couple_id', 'user_id', 'hint_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('credit_decisions').execute();
  await db.schema.dropTable('credit_reviews').execute();
}
