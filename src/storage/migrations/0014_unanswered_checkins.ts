import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Issue 19. (1) A check-in value the person did not touch is unanswered, stored as NULL: the five
// number columns of `checkins` lose NOT NULL. (2) A couple chooses whether a new log entry starts
// shared or private: `couples.log_default_visibility`, 'shared' unless they change it.
// Frozen once landed; takes Kysely<any> and imports nothing of the app.

const NUMBERS = ['satisfaction', 'energy', 'connection', 'conflicts', 'positives'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('couples')
    .addColumn('log_default_visibility', 'text', (c) => c.notNull().defaultTo('shared'))
    .execute();

  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    for (const c of NUMBERS)
      await db.schema
        .alterTable('checkins')
        .alterColumn(c, (a) => a.dropNotNull())
        .execute();
    return;
  }
  // SQLite cannot drop NOT NULL in place: rebuild the table (same columns, keys and index) in one
  // transaction, so a failure leaves the old table as it was.
  await db.transaction().execute(async (trx) => {
    const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');
    await trx.schema
      .createTable('checkins_0014')
      .addColumn('couple_id', 'text', couple)
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('satisfaction', 'integer')
      .addColumn('energy', 'integer')
      .addColumn('connection', 'integer')
      .addColumn('conflicts', 'integer')
      .addColumn('positives', 'integer')
      .addColumn('metrics', 'text', (c) => c.notNull())
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('note_visibility', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('checkins_pk', ['couple_id', 'id'])
      .addUniqueConstraint('checkins_day', ['couple_id', 'author_id', 'date'])
      .execute();
    const cols = sql.join(
      [
        'couple_id',
        'id',
        'author_id',
        'date',
        ...NUMBERS,
        'metrics',
        'visibility',
        'note',
        'note_visibility',
        'created_at',
        'updated_at',
      ].map((c) => sql.ref(c)),
    );
    await sql`insert into checkins_0014 (${cols}) select ${cols} from checkins`.execute(trx);
    await trx.schema.dropTable('checkins').execute();
    await trx.schema.alterTable('checkins_0014').renameTo('checkins').execute();
    await trx.schema
      .createIndex('checkins_couple_date')
      .on('checkins')
      .columns(['couple_id', 'date'])
      .execute();
  });
}

export async function down(db: Kysely<any>): Promise<void> {
  // Unanswered values have no number to go back to; only the couple setting is undone.
  await db.schema.alterTable('couples').dropColumn('log_default_visibility').execute();
}
