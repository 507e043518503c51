import type { Kysely } from 'kysely';

// The daily check-in, the couple's own metrics, the monthly CSI-4, rituals with their completion
// log, and the calendar feeds. Frozen once landed. Only text and integer columns, `couple_id`
// first in every primary key, so the one file serves SQLite and PostgreSQL alike.

const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');

export async function up(db: Kysely<any>): Promise<void> {
  // One row per partner per local day. A missing day has no row: it is never imputed.
  await db.schema
    .createTable('checkins')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('satisfaction', 'integer', (c) => c.notNull())
    .addColumn('energy', 'integer', (c) => c.notNull())
    .addColumn('connection', 'integer', (c) => c.notNull())
    .addColumn('conflicts', 'integer', (c) => c.notNull())
    .addColumn('positives', 'integer', (c) => c.notNull())
    .addColumn('metrics', 'text', (c) => c.notNull()) // JSON object: metric id → value
    .addColumn('visibility', 'text', (c) => c.notNull()) // of the numbers
    .addColumn('note', 'text')
    .addColumn('note_visibility', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checkins_pk', ['couple_id', 'id'])
    .addUniqueConstraint('checkins_day', ['couple_id', 'author_id', 'date'])
    .execute();
  // Week and month views read a date range per couple.
  await db.schema.createIndex('checkins_couple_date').on('checkins').columns(['couple_id', 'date']).execute();

  await db.schema
    .createTable('metrics')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scale_min', 'integer', (c) => c.notNull())
    .addColumn('scale_max', 'integer', (c) => c.notNull())
    .addColumn('better', 'text', (c) => c.notNull()) // 'higher' | 'lower'
    .addColumn('domain', 'text')
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('accepted_by', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('retired_at', 'text')
    .addPrimaryKeyConstraint('metrics_pk', ['couple_id', 'id'])
    .execute();

  await db.schema
    .createTable('csi4')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull()) // YYYY-MM, the author's local month
    .addColumn('items', 'text', (c) => c.notNull()) // JSON array of the four answers
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('csi4_pk', ['couple_id', 'id'])
    .addUniqueConstraint('csi4_month', ['couple_id', 'author_id', 'month'])
    .execute();

  await db.schema
    .createTable('rituals')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull()) // a built-in ritual's name, or the id for the couple's own
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('cadence', 'text', (c) => c.notNull()) // daily | weekly | monthly | quarterly
    .addColumn('time', 'text', (c) => c.notNull()) // HH:MM local
    .addColumn('weekday', 'integer') // 1 = Monday … 7 = Sunday, weekly only
    .addColumn('day_of_month', 'integer') // 1–28, monthly and quarterly
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rituals_pk', ['couple_id', 'id'])
    .addUniqueConstraint('rituals_key', ['couple_id', 'key'])
    .execute();

  await db.schema
    .createTable('ritual_completions')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('ritual_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ritual_completions_pk', ['couple_id', 'id'])
    .addUniqueConstraint('ritual_completions_day', ['couple_id', 'ritual_id', 'author_id', 'date'])
    .execute();

  // One feed per partner; only the token's hash is kept, so a leaked database grants no feed.
  await db.schema
    .createTable('ritual_feeds')
    .addColumn('couple_id', 'text', couple)
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ritual_feeds_pk', ['couple_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['ritual_feeds', 'ritual_completions', 'rituals', 'csi4', 'metrics', 'checkins']) {
    await db.schema.dropTable(t).execute();
  }
}
