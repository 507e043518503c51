import type { Kysely } from 'kysely';

// Coach (issue 17): a coach account, the link a couple opens for one coach (invite → joined →
// maybe revoked), and each partner's consent naming the areas the coach may see. Frozen once
// landed. Text and integer columns only.

const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');

export async function up(db: Kysely<any>): Promise<void> {
  // A coach account: a person who signed up and took the coach role (never a partner too).
  await db.schema
    .createTable('coach_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // One couple's link to one coach. `coach_id` is null until a coach redeems the code; the
  // code is stored hashed. A revoked link stays (the couple keeps the record) but opens nothing.
  await db.schema
    .createTable('coach_links')
    .addColumn('couple_id', 'text', couple)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    // No foreign key: a couple's backup restores without its coach's account, and a coach who
    // erases their account leaves the couple's record of the link (revoked) behind.
    .addColumn('coach_id', 'text')
    .addColumn('joined_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('last_session_on', 'text') // YYYY-MM-DD, set by the coach after a session
    .addPrimaryKeyConstraint('coach_links_pk', ['couple_id', 'id'])
    .execute();
  await db.schema.createIndex('coach_links_coach').on('coach_links').columns(['coach_id']).execute();

  // Each partner's consent to a link: the areas (JSON array) that partner lets the coach see.
  // The coach sees an area only when both partners named it.
  await db.schema
    .createTable('coach_consents')
    .addColumn('couple_id', 'text', couple)
    .addColumn('link_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('areas', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coach_consents_pk', ['couple_id', 'link_id', 'user_id'])
    .addForeignKeyConstraint(
      'coach_consents_link',
      ['couple_id', 'link_id'],
      'coach_links',
      ['couple_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['coach_consents', 'coach_links', 'coach_profiles']) await db.schema.dropTable(t).execute();
}
