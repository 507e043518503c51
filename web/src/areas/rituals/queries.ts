import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

const key = ['rituals'] as const;

export function useRituals() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/rituals')) });
}

export function useCompleteRitual() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, date, appreciation }: { id: string; date: string; appreciation?: string }) =>
      unwrap(
        api.POST('/api/rituals/{id}/completions', {
          params: { path: { id } },
          body: { date, ...(appreciation ? { appreciation } : {}) },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: ['log'] });
    },
  });
}

export function useFeed() {
  return useQuery({ queryKey: [...key, 'feed'], queryFn: () => unwrap(api.GET('/api/rituals/feed')) });
}

export function useFeedActions() {
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: [...key, 'feed'] });
  return {
    create: useMutation({ mutationFn: () => unwrap(api.POST('/api/rituals/feed')) }),
    revoke: useMutation({ mutationFn: () => unwrap(api.DELETE('/api/rituals/feed')), onSuccess: done }),
  };
}
