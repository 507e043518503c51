import type { Kysely } from 'kysely';

// The automaticity estimate (Lally curve fit and its interval for the day a habit becomes
// automatic) computed when an SRBAI answer is saved, stored as JSON text on that answer, so that
// reading the habits screen never refits. Nullable: answers saved before this, or restored from an
// older backup, have none and are estimated when read. Frozen once landed.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('habit_srbai').addColumn('automaticity', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('habit_srbai').dropColumn('automaticity').execute();
}
