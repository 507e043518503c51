import type { QueryClient } from '@tanstack/react-query';

/** The first element of every query key: one per area (and `me`, the account). */
export type Area =
  | 'me'
  | 'sessions'
  | 'couple'
  | 'log'
  | 'checkins'
  | 'habits'
  | 'rituals'
  | 'rewards'
  | 'pace'
  | 'experiments'
  | 'reminders'
  | 'exploration'
  | 'anchors'
  | 'credit'
  | 'history'
  | 'insights'
  | 'alignment'
  | 'coach';

/**
 * Who reads an area's rows besides the area itself: a change to the left refreshes the right.
 * The one place to look when a screen shows stale figures after a change elsewhere.
 */
const READERS: Record<Area, readonly Area[]> = {
  me: [],
  sessions: [],
  // Names and domains are shown on every screen, and "me" carries the couple.
  couple: [
    'me',
    'log',
    'checkins',
    'habits',
    'rituals',
    'rewards',
    'pace',
    'experiments',
    'exploration',
    'anchors',
    'alignment',
  ],
  // The check-in's figures from the log, the week review's wins, the reward audit's hints.
  // Anchors kept by log entries, and the life events a stress period opens from.
  log: ['checkins', 'rituals', 'rewards', 'anchors'],
  // The week and month reviews; an experiment's meter and results are its check-ins.
  checkins: ['rituals', 'experiments', 'alignment'],
  // Pace's adherence, the week review's streaks.
  // The archive compares a snapshot's habits and rituals with today's.
  habits: ['pace', 'rituals', 'anchors'],
  // The quarterly ritual offers an alignment round.
  rituals: ['anchors', 'alignment'],
  rewards: [],
  pace: [],
  // Adopting an experiment creates a habit.
  experiments: ['habits'],
  reminders: [],
  exploration: [],
  // Crisis mode pauses habits; restoring a snapshot brings habits and rituals back.
  anchors: ['habits', 'rituals'],
  credit: [],
  history: [],
  insights: [],
  // A shared metric defined from a reveal is a check-in metric.
  alignment: ['checkins'],
  // A coach's links and the coach's own view of couples.
  coach: [],
};

/**
 * Areas computed from everything (insights, credit hints, the history when they arrive): every
 * change refreshes them. Add an area here rather than to every row of READERS.
 */
const READS_EVERYTHING: readonly Area[] = ['credit', 'history', 'insights'];

/** Every area a change to `changed` makes stale, each once. */
export function staleAfter(changed: readonly Area[]): Area[] {
  const out = new Set<Area>();
  for (const area of changed) {
    out.add(area);
    for (const reader of READERS[area]) out.add(reader);
  }
  if (changed.length > 0) for (const area of READS_EVERYTHING) out.add(area);
  return [...out];
}

/** Marks every query of the stale areas stale; the ones on screen refetch. */
export function refreshAfter(client: QueryClient, changed: readonly Area[]): Promise<void> {
  return Promise.all(staleAfter(changed).map((area) => client.invalidateQueries({ queryKey: [area] }))).then(
    () => undefined,
  );
}
