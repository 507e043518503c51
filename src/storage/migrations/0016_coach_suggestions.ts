import type { Kysely } from 'kysely';

// Coach suggestions (issue 17): a habit, ritual, experiment or exploration idea a coach suggests
// to a couple, which a partner accepts (the area's own row is created and its id kept here) or
// declines with an optional reason the coach sees. Frozen once landed; text columns only.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('coach_suggestions')
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    // No foreign key to the coach, as for coach_links: the couple keeps the record if they leave.
    .addColumn('coach_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // habit | ritual | experiment | idea
    .addColumn('fields', 'text', (c) => c.notNull()) // JSON: the area's create fields
    .addColumn('note', 'text') // the coach's why, optional
    .addColumn('state', 'text', (c) => c.notNull()) // open | accepted | declined | withdrawn
    .addColumn('decline_reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_id', 'text') // the habit, ritual, experiment or idea made on accept
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coach_suggestions_pk', ['couple_id', 'id'])
    .execute();
  await db.schema
    .createIndex('coach_suggestions_coach')
    .on('coach_suggestions')
    .columns(['couple_id', 'coach_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('coach_suggestions').execute();
}
