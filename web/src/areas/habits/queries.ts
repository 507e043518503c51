import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Habit = Json<paths['/api/habits']['get']['responses'][200]>['habits'][number];
export type CheckoffResult = Json<paths['/api/habits/{id}/checkoffs']['post']['responses'][201]>;
export type CreateHabit = NonNullable<
  paths['/api/habits']['post']['requestBody']
>['content']['application/json'];
export type UpdateHabit = NonNullable<
  paths['/api/habits/{id}']['patch']['requestBody']
>['content']['application/json'];
export type StatusChange = NonNullable<
  paths['/api/habits/{id}/status']['post']['requestBody']
>['content']['application/json'];

const key = ['habits'] as const;

/** The habits screen: every habit of the couple with its numbers. */
export function useHabits() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/habits')) });
}

function useChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: key });
    void client.invalidateQueries({ queryKey: ['pace'] });
  };
}

export function useCreateHabit() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateHabit; idempotencyKey: string }) =>
      unwrap(api.POST('/api/habits', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: changed,
  });
}

export function useCheckOff() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({
      id,
      date,
      kind,
      value,
    }: {
      id: string;
      date: string;
      kind: 'done' | 'skip';
      /** A numeric habit's amount (done days only). */
      value?: number;
    }) =>
      unwrap(
        api.POST('/api/habits/{id}/checkoffs', {
          params: { path: { id } },
          body: value === undefined ? { date, kind } : { date, kind, value },
        }),
      ),
    onSuccess: changed,
  });
}

export function useUndoCheckOff() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, date }: { id: string; date: string }) =>
      unwrap(api.DELETE('/api/habits/{id}/checkoffs/{date}', { params: { path: { id, date } } })),
    onSuccess: changed,
  });
}

export function useAppreciate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, date }: { id: string; date: string }) =>
      unwrap(api.POST('/api/habits/{id}/checkoffs/{date}/appreciate', { params: { path: { id, date } } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: ['log'] });
    },
  });
}

export function useSrbai() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, items }: { id: string; items: number[] }) =>
      unwrap(api.POST('/api/habits/{id}/srbai', { params: { path: { id } }, body: { items } })),
    onSuccess: changed,
  });
}

export function useSetStatus() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StatusChange }) =>
      unwrap(api.POST('/api/habits/{id}/status', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useUpdateHabit() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateHabit }) =>
      unwrap(api.PATCH('/api/habits/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useConsent() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/habits/{id}/consent', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
