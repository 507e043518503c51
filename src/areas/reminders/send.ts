import type { Config } from '../../server/context.ts';
import type { Store } from '../../storage/db.ts';
import { pushSubscriptionsOf, reminderRecipients } from '../../storage/scope.ts';
import { type Device, pushTo, type VapidKeys, vapidKeys } from './push.ts';
import { dueReminders, type PushPayload } from './rules.ts';
import { claim, personToday, removeDeviceByHash, settingsOf } from './store.ts';

/** How often serve looks for due reminders. */
export const REMINDERS_EVERY_MS = 60_000;

export interface Sent {
  sent: number;
  gone: number;
  failed: number;
}

/** Sends a payload to every device of one person; forgets devices their push service forgot. */
export async function pushToPerson(
  store: Store,
  config: Config,
  person: { coupleId: string; userId: string },
  payload: PushPayload,
  keys?: VapidKeys,
): Promise<Sent> {
  const { db } = store;
  const vapid = keys ?? (await vapidKeys(db));
  const devices = await pushSubscriptionsOf(db, person.coupleId, person.userId);
  const tally: Sent = { sent: 0, gone: 0, failed: 0 };
  for (const d of devices) {
    const outcome = await pushTo(d as Device, payload, vapid, config.push);
    tally[outcome]++;
    if (outcome === 'gone') await removeDeviceByHash(db, person.coupleId, person.userId, d.endpoint_hash);
  }
  return tally;
}

/**
 * One round: every person with a device and settings gets what is due for them now, each reminder
 * claimed first so that it goes out once however many servers run this round.
 */
export async function sendDueReminders(store: Store, config: Config, now = Date.now()): Promise<Sent> {
  const { db } = store;
  const tally: Sent = { sent: 0, gone: 0, failed: 0 };
  const people = await reminderRecipients(db);
  if (people.length === 0) return tally;
  const keys = await vapidKeys(db);
  for (const p of people) {
    const reader = { userId: p.user_id, couple: { id: p.couple_id } };
    const due = dueReminders(settingsOf(p), await personToday(db, reader, p.time_zone, now));
    for (const r of due) {
      if (!(await claim(db, p.couple_id, p.user_id, r.key, now))) continue;
      const t = await pushToPerson(
        store,
        config,
        { coupleId: p.couple_id, userId: p.user_id },
        r.payload,
        keys,
      );
      tally.sent += t.sent;
      tally.gone += t.gone;
      tally.failed += t.failed;
    }
  }
  return tally;
}

/**
 * Runs a round every REMINDERS_EVERY_MS until stopped. A failure (the database restarting, say)
 * is logged and the next round tries again; it never ends the server.
 */
export function scheduleReminders(
  store: Store,
  config: Config,
  log: (message: string) => void,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => sendDueReminders(store, config))
      .catch((error: Error) => log(`reminders failed: ${error.message}`));
  }, REMINDERS_EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
