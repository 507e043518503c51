import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type RitualBody = NonNullable<
  paths['/api/rituals']['post']['requestBody']
>['content']['application/json'];
export type RitualPatch = NonNullable<
  paths['/api/rituals/{id}']['patch']['requestBody']
>['content']['application/json'];

/** Done today; a daily appreciation also lands in the log. */
export function useCompleteRitual() {
  return useMutation({
    mutationFn: ({ id, date, appreciation }: { id: string; date: string; appreciation?: string }) =>
      unwrap(
        api.POST('/api/rituals/{id}/completions', {
          params: { path: { id } },
          body: { date, ...(appreciation ? { appreciation } : {}) },
        }),
      ),
    meta: { changes: ['rituals', 'log'] },
  });
}

export function useCreateFeed() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/rituals/feed')),
    meta: { changes: ['rituals'] },
  });
}

export function useRevokeFeed() {
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/rituals/feed')),
    meta: { changes: ['rituals'], showsError: true },
  });
}

export function useCreateRitual() {
  return useMutation({
    mutationFn: (body: RitualBody) => unwrap(api.POST('/api/rituals', { body })),
    meta: { changes: ['rituals'] },
  });
}

/** Move a ritual to another time, rename it, or switch it off (or on again). */
export function useUpdateRitual() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: RitualPatch }) =>
      unwrap(api.PATCH('/api/rituals/{id}', { params: { path: { id } }, body: patch })),
    meta: { changes: ['rituals'] },
  });
}
