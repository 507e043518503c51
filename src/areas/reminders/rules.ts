/*
 * Which reminders are due for one person now: pure, so the sender, the tests and any other caller
 * agree. A reminder is due from its local time for CATCH_UP_MINUTES (a server that was down for a
 * few minutes still sends it; one that was down all evening does not send a stale one at night),
 * never in quiet hours, and never for what is already done today.
 */

import { firstOccurrence } from '../rituals/rules.ts';

/** How long after its time a reminder may still go out. */
export const CATCH_UP_MINUTES = 90;

export interface ReminderSettings {
  checkinTime: string | null;
  habitsTime: string | null;
  rituals: boolean;
  experiments: boolean;
  quietFrom: string | null;
  quietTo: string | null;
}

/** What reaches the device: a kind and, for a ritual, its key or own title; never a private word. */
export interface PushPayload {
  kind: 'checkin' | 'ritual' | 'habits' | 'experiment' | 'test';
  /** A built-in ritual's key (the device words it in its language), or null. */
  ritualKey?: string | null;
  /** A ritual the couple wrote themselves: its title, as the calendar feed shows it. */
  title?: string | null;
  /** Where a tap on the notification opens the app. */
  url: string;
}

export interface DueReminder {
  /** Unique per person and day: the claim that makes it go out once. */
  key: string;
  payload: PushPayload;
}

export interface PersonToday {
  /** Local date (YYYY-MM-DD) and wall-clock time (HH:MM) in the person's time zone. */
  today: string;
  time: string;
  checkedIn: boolean;
  /** Active habits of theirs (or both partners') not yet checked off today. */
  habitsOpen: boolean;
  rituals: ReadonlyArray<{
    id: string;
    key: string;
    custom: boolean;
    title: string;
    time: string;
    cadence: 'daily' | 'weekly' | 'monthly' | 'quarterly';
    weekday: number | null;
    day_of_month: number | null;
    doneToday: boolean;
  }>;
  /** An experiment runs today (the same words for both partners: never its phase). */
  experimentRunning: boolean;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** True when `time` falls in quiet hours from `from` to `to` (which may span midnight). */
export function inQuietHours(time: string, from: string | null, to: string | null): boolean {
  if (from === null || to === null || from === to) return false;
  const t = minutes(time);
  const [a, b] = [minutes(from), minutes(to)];
  return a < b ? t >= a && t < b : t >= a || t < b;
}

/** True when a reminder set for `at` is due at `time`: at or after it, within the catch-up window. */
export function isDue(at: string, time: string): boolean {
  const late = minutes(time) - minutes(at);
  return late >= 0 && late < CATCH_UP_MINUTES;
}

/** The reminders due for one person at their local `time` today. */
export function dueReminders(settings: ReminderSettings, person: PersonToday): DueReminder[] {
  if (inQuietHours(person.time, settings.quietFrom, settings.quietTo)) return [];
  const due: DueReminder[] = [];
  const day = person.today;
  if (settings.checkinTime && !person.checkedIn && isDue(settings.checkinTime, person.time))
    due.push({ key: `checkin:${day}`, payload: { kind: 'checkin', url: '/checkin' } });
  if (settings.habitsTime && person.habitsOpen && isDue(settings.habitsTime, person.time))
    due.push({ key: `habits:${day}`, payload: { kind: 'habits', url: '/habits' } });
  if (settings.rituals) {
    for (const r of person.rituals) {
      if (r.doneToday || firstOccurrence(r, day) !== day || !isDue(r.time, person.time)) continue;
      due.push({
        key: `ritual:${r.id}:${day}`,
        payload: {
          kind: 'ritual',
          ritualKey: r.custom ? null : r.key,
          title: r.custom ? r.title : null,
          url: '/rituals',
        },
      });
    }
  }
  // The same hour as the calendar feed's daily experiment reminder.
  if (settings.experiments && person.experimentRunning && !person.checkedIn && isDue('21:00', person.time))
    due.push({ key: `experiment:${day}`, payload: { kind: 'experiment', url: '/checkin' } });
  return due;
}
