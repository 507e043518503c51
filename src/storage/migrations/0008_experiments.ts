import type { Kysely } from 'kysely';

// Experiments (issue 14): the A/B protocol on the couple's own behaviour, its adherence taps and
// the blinded partner's phase guesses. Frozen once landed. Only text and integer columns,
// `couple_id` first in every primary key, so the one file serves SQLite and PostgreSQL alike.

export async function up(db: Kysely<any>): Promise<void> {
  const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');

  await db.schema
    .createTable('experiments')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull()) // the B behaviour, in the couple's words
    .addColumn('performer', 'text', (c) => c.notNull()) // a partner's user id, or 'both'
    .addColumn('blind_rater', 'text') // the partner rating without knowing the phase, or null
    .addColumn('metric', 'text', (c) => c.notNull()) // a built-in check-in field or a metric id
    .addColumn('better', 'text', (c) => c.notNull()) // higher | lower
    .addColumn('secondary', 'text', (c) => c.notNull()) // JSON array of metric keys
    .addColumn('design', 'text', (c) => c.notNull()) // AB | ABAB | ABABAB
    .addColumn('phase_days', 'integer', (c) => c.notNull()) // nominal phase length
    .addColumn('min_phase', 'integer', (c) => c.notNull()) // the randomisation rule
    .addColumn('randomized', 'integer', (c) => c.notNull()) // 1 or 0
    .addColumn('settling_days', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull()) // the decision rule in words, shown before the start
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // proposed | running | stopped
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('acceptances', 'text', (c) => c.notNull()) // JSON [{ userId, at }]
    .addColumn('locked_at', 'text') // when both had accepted: design, rule and schedule are fixed
    .addColumn('start_date', 'text') // first local day of phase A1, set at the lock
    .addColumn('end_date', 'text') // last local day of the design
    .addColumn('seed', 'integer') // the recorded draw of the phase lengths
    .addColumn('schedule', 'text') // JSON array of phase lengths in days
    .addColumn('stopped_at', 'text')
    .addColumn('stopped_on', 'text') // local date of the stop: the last analysed day is the one before
    .addColumn('stopped_by', 'text')
    .addColumn('stop_reason', 'text')
    .addColumn('next_step', 'text') // adopt | drop | rerun
    .addColumn('next_step_by', 'text')
    .addColumn('next_step_at', 'text')
    .addColumn('follow_up', 'text') // the adopted habit's id, or the rerun's experiment id
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('experiments_pk', ['couple_id', 'id'])
    .execute();

  // "Did the B behaviour happen today": one tap per performer per day.
  await db.schema
    .createTable('experiment_adherence')
    .addColumn('couple_id', 'text', couple)
    .addColumn('experiment_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull()) // 1 or 0
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('experiment_adherence_pk', ['couple_id', 'experiment_id', 'user_id', 'date'])
    .execute();

  // The blinded partner's guess of a day's phase, so the results can say whether the blind held.
  await db.schema
    .createTable('experiment_guesses')
    .addColumn('couple_id', 'text', couple)
    .addColumn('experiment_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('guess', 'text', (c) => c.notNull()) // A | B
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('experiment_guesses_pk', ['couple_id', 'experiment_id', 'user_id', 'date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['experiment_guesses', 'experiment_adherence', 'experiments'])
    await db.schema.dropTable(t).execute();
}
