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

/** The week's wins (kept promises, appreciations, rituals done, check-in days). */
export function useWeekReview(end?: string) {
  return useQuery({
    queryKey: [...key, 'review', 'week', end ?? 'today'],
    queryFn: () => unwrap(api.GET('/api/rituals/review/week', { params: { query: end ? { end } : {} } })),
  });
}

/** The month's check-in averages and ratio against the month before. */
export function useMonthReview(month?: string) {
  return useQuery({
    queryKey: [...key, 'review', 'month', month ?? 'this'],
    queryFn: () =>
      unwrap(api.GET('/api/rituals/review/month', { params: { query: month ? { month } : {} } })),
  });
}
