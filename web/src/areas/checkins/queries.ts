import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type SaveCheckin = NonNullable<
  paths['/api/checkins']['post']['requestBody']
>['content']['application/json'];
const key = ['checkins'] as const;

/** The check-in screen for one day: my check-in, a start, the metrics, lock state. */
export function useCheckinDay(date: string) {
  return useQuery({
    queryKey: [...key, 'day', date],
    queryFn: () => unwrap(api.GET('/api/checkins/day/{date}', { params: { path: { date } } })),
  });
}

export function useWeek(end?: string) {
  return useQuery({
    queryKey: [...key, 'week', end ?? 'today'],
    queryFn: () => unwrap(api.GET('/api/checkins/week', { params: { query: end ? { end } : {} } })),
  });
}

export function useSaveCheckin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveCheckin) => unwrap(api.POST('/api/checkins', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
