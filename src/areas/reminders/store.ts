import type { Kysely } from 'kysely';
import { localDate, localTime } from '../../dates.ts';
import { nowIso } from '../../storage/ids.ts';
import { coupleRows, ownRows, pushSubscriptionsOf, type Reader } from '../../storage/scope.ts';
import type { Database, ReminderSettingsTable } from '../../storage/tables.ts';
import { feedExperimentsOf } from '../experiments/store.ts';
import { type Device, endpointHash } from './push.ts';
import type { PersonToday, ReminderSettings } from './rules.ts';

/** Nothing is sent to someone who never chose a reminder. */
export const NO_REMINDERS: ReminderSettings = {
  checkinTime: null,
  habitsTime: null,
  rituals: false,
  experiments: false,
  quietFrom: null,
  quietTo: null,
};

export function settingsOf(
  row: Omit<ReminderSettingsTable, 'couple_id' | 'user_id' | 'updated_at'>,
): ReminderSettings {
  return {
    checkinTime: row.checkin_time,
    habitsTime: row.habits_time,
    rituals: Number(row.rituals) === 1,
    experiments: Number(row.experiments) === 1,
    quietFrom: row.quiet_from,
    quietTo: row.quiet_to,
  };
}

export async function readSettings(db: Kysely<Database>, reader: Reader): Promise<ReminderSettings> {
  const row = await ownRows(db, reader, 'reminder_settings').selectAll().executeTakeFirst();
  return row ? settingsOf(row) : NO_REMINDERS;
}

export async function writeSettings(
  db: Kysely<Database>,
  reader: Reader,
  s: ReminderSettings,
): Promise<void> {
  const values = {
    checkin_time: s.checkinTime,
    habits_time: s.habitsTime,
    rituals: s.rituals ? 1 : 0,
    experiments: s.experiments ? 1 : 0,
    quiet_from: s.quietFrom,
    quiet_to: s.quietTo,
    updated_at: nowIso(),
  };
  await db
    .insertInto('reminder_settings')
    .values({ couple_id: reader.couple.id, user_id: reader.userId, ...values })
    .onConflict((oc) => oc.columns(['couple_id', 'user_id']).doUpdateSet(values))
    .execute();
}

/** How many devices of this person receive reminders. */
export async function deviceCount(db: Kysely<Database>, reader: Reader): Promise<number> {
  return (await pushSubscriptionsOf(db, reader.couple.id, reader.userId)).length;
}

export async function addDevice(db: Kysely<Database>, reader: Reader, d: Device): Promise<void> {
  const keys = { endpoint: d.endpoint, p256dh: d.p256dh, auth: d.auth };
  await db
    .insertInto('push_subscriptions')
    .values({
      couple_id: reader.couple.id,
      user_id: reader.userId,
      endpoint_hash: endpointHash(d.endpoint),
      ...keys,
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.columns(['couple_id', 'user_id', 'endpoint_hash']).doUpdateSet(keys))
    .execute();
}

export async function removeDevice(db: Kysely<Database>, reader: Reader, endpoint: string): Promise<void> {
  await removeDeviceByHash(db, reader.couple.id, reader.userId, endpointHash(endpoint));
}

export async function removeDeviceByHash(
  db: Kysely<Database>,
  coupleId: string,
  userId: string,
  hash: string,
) {
  await db
    .deleteFrom('push_subscriptions')
    .where('couple_id', '=', coupleId)
    .where('user_id', '=', userId)
    .where('endpoint_hash', '=', hash)
    .execute();
}

/**
 * Claims a reminder for sending: true for the one caller whose insert made the row (several app
 * servers may try the same reminder in the same minute). A claimed reminder that then fails to
 * send is not retried: a reminder at most once, never twice.
 */
export async function claim(
  db: Kysely<Database>,
  coupleId: string,
  userId: string,
  key: string,
  now: number,
) {
  const r = await db
    .insertInto('reminders_sent')
    .values({ couple_id: coupleId, user_id: userId, key, sent_at: new Date(now).toISOString() })
    .onConflict((oc) => oc.columns(['couple_id', 'user_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** What the rules need to know about one person's day, in their time zone. */
export async function personToday(
  db: Kysely<Database>,
  reader: Reader,
  timeZone: string,
  now: number,
): Promise<PersonToday> {
  const at = new Date(now);
  const today = localDate(timeZone, at);
  const coupleId = reader.couple.id;
  const [checkin, rituals, done, habits, checkoffs, experiments] = await Promise.all([
    ownRows(db, reader, 'checkins').select('id').where('date', '=', today).executeTakeFirst(),
    coupleRows(db, coupleId, 'rituals').selectAll().where('active', '=', 1).execute(),
    coupleRows(db, coupleId, 'ritual_completions')
      .select('ritual_id')
      .where('author_id', '=', reader.userId)
      .where('date', '=', today)
      .execute(),
    coupleRows(db, coupleId, 'habits')
      .select(['id', 'schedule_kind', 'weekdays'])
      .where('status', '=', 'active')
      .where('owner', 'in', [reader.userId, 'both'])
      .execute(),
    coupleRows(db, coupleId, 'habit_checkoffs')
      .select('habit_id')
      .where('date', '=', today)
      .where('by_user', '=', reader.userId)
      .execute(),
    feedExperimentsOf(db, coupleId),
  ]);
  const isoWeekday = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const scheduledToday = (h: { schedule_kind: string; weekdays: string }) =>
    h.schedule_kind !== 'weekdays' || (JSON.parse(h.weekdays) as number[]).includes(isoWeekday);
  const checkedOff = new Set(checkoffs.map((c) => c.habit_id));
  const ritualsDone = new Set(done.map((d) => d.ritual_id));
  return {
    today,
    time: localTime(timeZone, at),
    checkedIn: checkin !== undefined,
    habitsOpen: habits.some((h) => scheduledToday(h) && !checkedOff.has(h.id)),
    rituals: rituals.map((r) => ({
      id: r.id,
      key: r.key,
      custom: r.key === r.id,
      title: r.title,
      time: r.time,
      cadence: r.cadence,
      weekday: r.weekday === null ? null : Number(r.weekday),
      day_of_month: r.day_of_month === null ? null : Number(r.day_of_month),
      doneToday: ritualsDone.has(r.id),
    })),
    experimentRunning: experiments.some(
      (e) => e.start_date !== null && e.end_date !== null && e.start_date <= today && today <= e.end_date,
    ),
  };
}

/** Drops claims older than a few days: they only guard today's reminders against a second send. */
export async function purgeSent(db: Kysely<Database>, now: number): Promise<number> {
  const r = await db
    .deleteFrom('reminders_sent')
    .where('sent_at', '<', new Date(now - 3 * 86_400_000).toISOString())
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
