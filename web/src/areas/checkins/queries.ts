import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type SaveCheckin = NonNullable<
  paths['/api/checkins']['post']['requestBody']
>['content']['application/json'];
export type CheckinDay =
  paths['/api/checkins/day/{date}']['get']['responses'][200]['content']['application/json'];
export type Checkin = NonNullable<CheckinDay['checkin']>;
export type Week = paths['/api/checkins/week']['get']['responses'][200]['content']['application/json'];
export type Csi4Overview =
  paths['/api/checkins/csi4']['get']['responses'][200]['content']['application/json'];
export type ProposeMetric = NonNullable<
  paths['/api/checkins/metrics']['post']['requestBody']
>['content']['application/json'];
export type Metric =
  paths['/api/checkins/metrics']['get']['responses'][200]['content']['application/json']['metrics'][number];

export const checkinQueries = {
  /** The check-in screen for one day: my check-in, a start, the metrics, lock state. */
  day: (date: string) =>
    queryOptions({
      queryKey: ['checkins', 'day', date] as const,
      queryFn: () => unwrap(api.GET('/api/checkins/day/{date}', { params: { path: { date } } })),
    }),
  week: (end?: string) =>
    queryOptions({
      queryKey: ['checkins', 'week', end ?? 'today'] as const,
      queryFn: () => unwrap(api.GET('/api/checkins/week', { params: { query: end ? { end } : {} } })),
    }),
  /** The couple's own metrics: proposed, accepted and retired. */
  metrics: () =>
    queryOptions({
      queryKey: ['checkins', 'metrics'] as const,
      queryFn: () => unwrap(api.GET('/api/checkins/metrics')),
    }),
  /** My CSI-4 results, my partner's shared ones, and whether this month's is due. */
  csi4: () =>
    queryOptions({
      queryKey: ['checkins', 'csi4'] as const,
      queryFn: () => unwrap(api.GET('/api/checkins/csi4')),
    }),
  /** Repair latency and promise trust, from the log rows I may see. */
  fromLog: () =>
    queryOptions({
      queryKey: ['checkins', 'from-log'] as const,
      queryFn: () => unwrap(api.GET('/api/checkins/from-log')),
    }),
};
