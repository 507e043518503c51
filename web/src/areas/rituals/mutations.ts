import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

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
