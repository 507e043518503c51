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

export type ProposeMetric = NonNullable<
  paths['/api/checkins/metrics']['post']['requestBody']
>['content']['application/json'];
export type Metric =
  paths['/api/checkins/metrics']['get']['responses'][200]['content']['application/json']['metrics'][number];

/** The couple's own metrics: proposed, accepted and retired. */
export function useMetrics() {
  return useQuery({
    queryKey: [...key, 'metrics'],
    queryFn: () => unwrap(api.GET('/api/checkins/metrics')),
  });
}

/** Propose, accept and retire; each refreshes the metrics and the check-in screens. */
export function useMetricActions() {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: key });
  return {
    propose: useMutation({
      mutationFn: (body: ProposeMetric) => unwrap(api.POST('/api/checkins/metrics', { body })),
      onSuccess,
    }),
    accept: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.POST('/api/checkins/metrics/{id}/accept', { params: { path: { id } } })),
      onSuccess,
    }),
    retire: useMutation({
      mutationFn: (id: string) =>
        unwrap(api.POST('/api/checkins/metrics/{id}/retire', { params: { path: { id } } })),
      onSuccess,
    }),
  };
}

/** My CSI-4 results, my partner's shared ones, and whether this month's is due. */
export function useCsi4() {
  return useQuery({ queryKey: [...key, 'csi4'], queryFn: () => unwrap(api.GET('/api/checkins/csi4')) });
}

export function useAnswerCsi4() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { items: number[]; visibility: 'shared' | 'private' }) =>
      unwrap(api.POST('/api/checkins/csi4', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

/** Repair latency and promise trust, from the log rows I may see. */
export function useFromLog() {
  return useQuery({
    queryKey: [...key, 'from-log'],
    queryFn: () => unwrap(api.GET('/api/checkins/from-log')),
  });
}
