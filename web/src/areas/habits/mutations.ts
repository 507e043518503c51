import { type QueryClient, useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { patchCached } from '../../api/optimistic.ts';
import {
  type CreateHabit,
  type Habit,
  type HabitList,
  habitQueries,
  type StatusChange,
  type UpdateHabit,
} from './queries.ts';

/** One habit changed in place in the cached list; returns the undo. */
function patchHabit(client: QueryClient, id: string, change: (h: Habit) => Habit) {
  return patchCached<HabitList>(client, habitQueries.list().queryKey, (old) => ({
    ...old,
    habits: old.habits.map((h) => (h.id === id ? change(h) : h)),
  }));
}

/** The calendar's square for `date` in its new state. */
const withDay = (h: Habit, date: string, state: string, value: number | null = null): Habit => ({
  ...h,
  calendar: h.calendar.map((d) => (d.date === date ? { ...d, state, value } : d)),
});

export function useCreateHabit() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateHabit; idempotencyKey: string }) =>
      unwrap(api.POST('/api/habits', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    meta: { changes: ['habits'], showsError: true },
  });
}

type CheckOff = {
  id: string;
  date: string;
  kind: 'done' | 'skip';
  /** A numeric habit's amount (done days only). */
  value?: number;
};

/** Done or skipped: the card turns at the tap; the reward comes with the server's answer. */
export function useCheckOff(options: { showsError?: boolean } = {}) {
  return useMutation({
    mutationFn: ({ id, date, kind, value }: CheckOff) =>
      unwrap(
        api.POST('/api/habits/{id}/checkoffs', {
          params: { path: { id } },
          body: value === undefined ? { date, kind } : { date, kind, value },
        }),
      ),
    // An amount is not guessed: whether it meets the target is the server's call.
    onMutate: ({ id, date, kind, value }, { client }) =>
      value === undefined
        ? patchHabit(client, id, (h) => ({
            ...withDay(h, date, kind),
            doneToday: h.doneToday || kind === 'done',
          }))
        : undefined,
    onError: (_error, _vars, undo) => undo?.(),
    meta: { changes: ['habits'], showsError: options.showsError ?? false },
  });
}

export function useUndoCheckOff() {
  return useMutation({
    mutationFn: ({ id, date }: { id: string; date: string }) =>
      unwrap(api.DELETE('/api/habits/{id}/checkoffs/{date}', { params: { path: { id, date } } })),
    onMutate: ({ id, date }, { client }) =>
      patchHabit(client, id, (h) => ({ ...withDay(h, date, 'open'), doneToday: false })),
    onError: (_error, _vars, undo) => undo?.(),
    meta: { changes: ['habits'] },
  });
}

/** Thanks for a partner's check-off; it also writes an appreciation to the log. */
export function useAppreciate() {
  return useMutation({
    mutationFn: ({ id, date }: { id: string; date: string }) =>
      unwrap(api.POST('/api/habits/{id}/checkoffs/{date}/appreciate', { params: { path: { id, date } } })),
    onMutate: ({ id, date }, { client }) =>
      patchHabit(client, id, (h) => ({
        ...h,
        recent: h.recent.map((r) =>
          r.date === date ? { ...r, appreciated: true, canAppreciate: false } : r,
        ),
      })),
    onError: (_error, _vars, undo) => undo?.(),
    meta: { changes: ['habits', 'log'] },
  });
}

export function useSrbai() {
  return useMutation({
    mutationFn: ({ id, items }: { id: string; items: number[] }) =>
      unwrap(api.POST('/api/habits/{id}/srbai', { params: { path: { id } }, body: { items } })),
    meta: { changes: ['habits'], showsError: true },
  });
}

export function useSetStatus() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StatusChange }) =>
      unwrap(api.POST('/api/habits/{id}/status', { params: { path: { id } }, body })),
    meta: { changes: ['habits'], showsError: true },
  });
}

export function useUpdateHabit() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateHabit }) =>
      unwrap(api.PATCH('/api/habits/{id}', { params: { path: { id } }, body })),
    meta: { changes: ['habits'], showsError: true },
  });
}

export function useConsent() {
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/habits/{id}/consent', { params: { path: { id } } })),
    meta: { changes: ['habits'] },
  });
}
