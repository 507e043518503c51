import type { Kysely } from 'kysely';

// An idempotency key remembers which request it was first used for (sha256 of method, URL and
// body), so the same key with a different request is refused instead of answered with the
// first request's result. Nullable: keys remembered before this migration have none.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('idempotency').addColumn('request_hash', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('idempotency').dropColumn('request_hash').execute();
}
