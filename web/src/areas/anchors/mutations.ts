import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { CreateAnchor } from './queries.ts';

export function useCreateAnchor() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateAnchor; idempotencyKey: string }) =>
      unwrap(api.POST('/api/anchors', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    meta: { changes: ['anchors'], showsError: true },
  });
}

type Cadence = { times: number; days: number };

export function useUpdateAnchor() {
  return useMutation({
    mutationFn: ({ id, name, cadence }: { id: string; name?: string; cadence?: Cadence }) =>
      unwrap(
        api.PATCH('/api/anchors/{id}', {
          params: { path: { id } },
          body: { ...(name !== undefined ? { name } : {}), ...(cadence ? { cadence } : {}) },
        }),
      ),
    meta: { changes: ['anchors'], showsError: true },
  });
}

/** Kept on a day, or undone: the answer is the anchor with its lapse test run again. */
export function useKeep() {
  return useMutation({
    mutationFn: ({ id, date, undo }: { id: string; date: string; undo?: boolean }) =>
      undo
        ? unwrap(api.DELETE('/api/anchors/{id}/checkoffs/{date}', { params: { path: { id, date } } }))
        : unwrap(api.POST('/api/anchors/{id}/checkoffs', { params: { path: { id } }, body: { date } })),
    meta: { changes: ['anchors'], showsError: true },
  });
}

export function useOpenStress() {
  return useMutation({
    mutationFn: (body: { name?: string; lifeEventId?: string }) =>
      unwrap(api.POST('/api/anchors/stress', { body })),
    meta: { changes: ['anchors'], showsError: true },
  });
}

/** Crisis mode on, or the stress period closed: both change habits too. */
export function useStressStep() {
  return useMutation({
    mutationFn: ({ id, step }: { id: string; step: 'crisis' | 'close' }) =>
      step === 'crisis'
        ? unwrap(api.POST('/api/anchors/stress/{id}/crisis', { params: { path: { id } } }))
        : unwrap(api.POST('/api/anchors/stress/{id}/close', { params: { path: { id } } })),
    meta: { changes: ['anchors', 'habits'], showsError: true },
  });
}

export function useTakeSnapshot() {
  return useMutation({
    mutationFn: (note: string) =>
      unwrap(api.POST('/api/anchors/archive', { body: note.trim() ? { note: note.trim() } : {} })),
    meta: { changes: ['anchors'], showsError: true },
  });
}

export function useRestore() {
  return useMutation({
    mutationFn: ({
      snapshot,
      kind,
      id,
    }: {
      snapshot: string;
      kind: 'habit' | 'ritual' | 'anchor';
      id: string;
    }) =>
      unwrap(
        api.POST('/api/anchors/archive/{id}/restore', {
          params: { path: { id: snapshot } },
          body: { kind, id },
        }),
      ),
    meta: { changes: ['anchors', 'habits', 'rituals'], showsError: true },
  });
}

export function useSwitchRole() {
  return useMutation({
    mutationFn: (body: { role: string; note?: string }) => unwrap(api.POST('/api/anchors/roles', { body })),
    meta: { changes: ['anchors'], showsError: true },
  });
}
