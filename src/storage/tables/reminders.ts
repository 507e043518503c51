// Reminders by Web Push and the server's keys (issue 19). Part of the Database in ../tables.ts.
/** A device's Web Push subscription (issue 19): a secret, whoever holds it can push to that device. */
export interface PushSubscriptionsTable {
  couple_id: string;
  user_id: string;
  endpoint_hash: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: string;
}

/** A person's reminders: times are HH:MM local; null turns that reminder off. */
export interface ReminderSettingsTable {
  couple_id: string;
  user_id: string;
  checkin_time: string | null;
  habits_time: string | null;
  rituals: number;
  experiments: number;
  quiet_from: string | null;
  quiet_to: string | null;
  updated_at: string;
}

/** A reminder claimed for sending, so that it goes out once whichever server sends it. */
export interface RemindersSentTable {
  couple_id: string;
  user_id: string;
  key: string;
  sent_at: string;
}

/** The server's own keys (the VAPID pair), shared by every app server through the database. */
export interface ServerKeysTable {
  name: string;
  value: string;
  created_at: string;
}
