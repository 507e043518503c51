import type { Kysely } from 'kysely';

// Alignment (issue 17): a round per quarter, one answer per partner per round, and the check-in
// metrics the couple defined from a round's reveal. Frozen once landed. Only text and integer
// columns, `couple_id` first in every primary key, so the one file serves SQLite and PostgreSQL.

const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alignment_rounds')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('quarter', 'text', (c) => c.notNull()) // YYYY-Qn
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('revealed_at', 'text') // set in the same transaction as the second submission
    .addPrimaryKeyConstraint('alignment_rounds_pk', ['couple_id', 'id'])
    .addUniqueConstraint('alignment_rounds_quarter', ['couple_id', 'quarter'])
    .execute();

  // One answer per partner per round. `visibility` is 'sealed' until both partners submitted,
  // then 'shared' for both answers at once: the access rule and the personal export read it.
  await db.schema
    .createTable('alignment_answers')
    .addColumn('couple_id', 'text', couple)
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('optimizing_for', 'text', (c) => c.notNull())
    .addColumn('success_means', 'text', (c) => c.notNull())
    .addColumn('rewards_sought', 'text', (c) => c.notNull())
    .addColumn('rewards', 'text', (c) => c.notNull()) // JSON array, most wanted first
    .addColumn('harmony_authenticity', 'integer') // 0 = harmony … 100 = authenticity; null while unset
    .addColumn('independence_connection', 'integer')
    .addColumn('growth_stability', 'integer')
    .addColumn('family_career', 'integer')
    .addColumn('domains', 'text', (c) => c.notNull()) // JSON array of domain slugs, most important first
    .addColumn('visibility', 'text', (c) => c.notNull()) // sealed | shared
    .addColumn('submitted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alignment_answers_pk', ['couple_id', 'round_id', 'author_id'])
    .addForeignKeyConstraint(
      'alignment_answers_round',
      ['couple_id', 'round_id'],
      'alignment_rounds',
      ['couple_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  // Which check-in metrics a round's reveal gave rise to (the metric itself lives in `metrics`).
  await db.schema
    .createTable('alignment_metrics')
    .addColumn('couple_id', 'text', couple)
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('metric_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alignment_metrics_pk', ['couple_id', 'round_id', 'metric_id'])
    .addForeignKeyConstraint(
      'alignment_metrics_round',
      ['couple_id', 'round_id'],
      'alignment_rounds',
      ['couple_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'alignment_metrics_metric',
      ['couple_id', 'metric_id'],
      'metrics',
      ['couple_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['alignment_metrics', 'alignment_answers', 'alignment_rounds']) {
    await db.schema.dropTable(t).execute();
  }
}
