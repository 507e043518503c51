import type { CheckinDay, SaveCheckin } from './queries.ts';

/** The five daily numbers and the couple's own metrics; null (or absent) is "not answered". */
export type Answers = {
  satisfaction: number | null;
  energy: number | null;
  connection: number | null;
  conflicts: number | null;
  positives: number | null;
  metrics: Record<string, number>;
};

/** A fresh day: nothing answered. Nothing is saved for a question the person did not touch. */
export const UNANSWERED: Answers = {
  satisfaction: null,
  energy: null,
  connection: null,
  conflicts: null,
  positives: null,
  metrics: {},
};

/** The answers a stored check-in (or a start) holds. */
export function answersOf(c: NonNullable<CheckinDay['checkin'] | CheckinDay['start']>): Answers {
  return {
    satisfaction: c.satisfaction,
    energy: c.energy,
    connection: c.connection,
    conflicts: c.conflicts,
    positives: c.positives,
    metrics: { ...c.metrics },
  };
}

/** True when not one question is answered. */
export function isBlank(a: Answers): boolean {
  return (
    a.satisfaction === null &&
    a.energy === null &&
    a.connection === null &&
    a.conflicts === null &&
    a.positives === null &&
    Object.keys(a.metrics).length === 0
  );
}

/** The request body: unanswered numbers go as null, untouched metrics are left out. */
export function bodyOf(
  date: string,
  a: Answers,
  o: { note: string; shareNote: boolean; shareNumbers: boolean },
): SaveCheckin {
  const note = o.note.trim();
  return {
    date,
    satisfaction: a.satisfaction,
    energy: a.energy,
    connection: a.connection,
    conflicts: a.conflicts,
    positives: a.positives,
    metrics: a.metrics,
    visibility: o.shareNumbers ? 'shared' : 'private',
    note: note || null,
    ...(note ? { noteVisibility: o.shareNote ? ('shared' as const) : ('private' as const) } : {}),
  };
}
