import type { Kysely } from 'kysely';

// Meta-learning (issue 15): a partner's failure analysis of an abandoned habit or experiment, and
// their answers to the method's five reflection questions. Both belong to their author and are
// private unless shared (`visibility`). Frozen once landed; text and integer columns only, so the
// one file serves SQLite and PostgreSQL.

const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('insight_failures')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull()) // habit | experiment
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('cue', 'text', (c) => c.notNull()) // fine | weak | missing
    .addColumn('reward', 'text', (c) => c.notNull()) // fine | weak | missing
    .addColumn('size', 'text', (c) => c.notNull()) // too big | right | too small
    .addColumn('timing', 'text', (c) => c.notNull()) // fine | weak | missing
    .addColumn('partner_response', 'text', (c) => c.notNull()) // fine | weak | missing
    .addColumn('note', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull()) // shared | private
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_failures_pk', ['couple_id', 'id'])
    // One analysis per person per abandoned change: answering again replaces it.
    .addUniqueConstraint('insight_failures_one', ['couple_id', 'subject_kind', 'subject_id', 'author_id'])
    .execute();

  await db.schema
    .createTable('reflections')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('question', 'integer', (c) => c.notNull()) // 1…5
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull()) // shared | private
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reflections_pk', ['couple_id', 'id'])
    .execute();
  await db.schema
    .createIndex('reflections_author')
    .on('reflections')
    .columns(['couple_id', 'author_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['reflections', 'insight_failures']) await db.schema.dropTable(t).ifExists().execute();
}
