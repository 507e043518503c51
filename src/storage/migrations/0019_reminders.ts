import type { Kysely } from 'kysely';

// Reminders by Web Push (issue 19): a person's push subscriptions (one per device), their
// reminder settings, the reminders already sent (so that several app servers send each one once),
// and the server's VAPID key pair. Frozen once landed. Only text and integer columns,
// `couple_id` first in every couple table's primary key, so the one file serves SQLite and PostgreSQL.

const couple = (c: any) => c.notNull().references('couples.id').onDelete('cascade');

export async function up(db: Kysely<any>): Promise<void> {
  // The endpoint and keys a browser's push service gave; a secret: whoever holds them can push.
  await db.schema
    .createTable('push_subscriptions')
    .addColumn('couple_id', 'text', couple)
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('endpoint_hash', 'text', (c) => c.notNull()) // sha256 of the endpoint: the key
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('push_subscriptions_pk', ['couple_id', 'user_id', 'endpoint_hash'])
    .execute();

  // One row per person who set reminders; no row means none.
  await db.schema
    .createTable('reminder_settings')
    .addColumn('couple_id', 'text', couple)
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('checkin_time', 'text') // HH:MM local, null = no check-in reminder
    .addColumn('habits_time', 'text') // HH:MM local, null = no habits nudge
    .addColumn('rituals', 'integer', (c) => c.notNull()) // 1 = at each ritual's own time
    .addColumn('experiments', 'integer', (c) => c.notNull()) // 1 = the daily experiment check-in
    .addColumn('quiet_from', 'text') // HH:MM local; both null = no quiet hours
    .addColumn('quiet_to', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminder_settings_pk', ['couple_id', 'user_id'])
    .execute();

  // A reminder claimed for sending: the primary key makes a second server's claim fail.
  await db.schema
    .createTable('reminders_sent')
    .addColumn('couple_id', 'text', couple)
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull()) // e.g. checkin:2026-12-01
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminders_sent_pk', ['couple_id', 'user_id', 'key'])
    .execute();

  // Not a couple's: the server's own keys, shared by every app server through the database.
  await db.schema
    .createTable('server_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['server_keys', 'reminders_sent', 'reminder_settings', 'push_subscriptions'])
    await db.schema.dropTable(t).execute();
}
