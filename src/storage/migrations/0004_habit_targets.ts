import type { Kysely } from 'kysely';

// Numeric habits ("at least 20 minutes a day", "at most 2 coffees a day"): a target on the habit
// and an amount on each check-off. Frozen once landed. Amounts are stored as INTEGER HUNDREDTHS
// (20 minutes → 2000, 1.5 km → 150) so SQLite and PostgreSQL both keep an exact integer and no
// floating-point column is needed. All columns nullable: a yes/no habit leaves them empty.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('habits').addColumn('target_kind', 'text').execute(); // at_least | at_most
  await db.schema.alterTable('habits').addColumn('target_value', 'integer').execute(); // hundredths, per period
  await db.schema.alterTable('habits').addColumn('unit', 'text').execute();
  await db.schema.alterTable('habit_checkoffs').addColumn('value', 'integer').execute(); // hundredths
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('habit_checkoffs').dropColumn('value').execute();
  for (const c of ['unit', 'target_value', 'target_kind'])
    await db.schema.alterTable('habits').dropColumn(c).execute();
}
