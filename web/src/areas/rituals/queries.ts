import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type Ritual =
  paths['/api/rituals']['get']['responses'][200]['content']['application/json']['rituals'][number];

export const ritualQueries = {
  list: () =>
    queryOptions({ queryKey: ['rituals'] as const, queryFn: () => unwrap(api.GET('/api/rituals')) }),
  feed: () =>
    queryOptions({
      queryKey: ['rituals', 'feed'] as const,
      queryFn: () => unwrap(api.GET('/api/rituals/feed')),
    }),
  /** The week's wins (kept promises, appreciations, rituals done, check-in days). */
  weekReview: (end?: string) =>
    queryOptions({
      queryKey: ['rituals', 'review', 'week', end ?? 'today'] as const,
      queryFn: () => unwrap(api.GET('/api/rituals/review/week', { params: { query: end ? { end } : {} } })),
    }),
  /** The month's check-in averages and ratio against the month before. */
  monthReview: (month?: string) =>
    queryOptions({
      queryKey: ['rituals', 'review', 'month', month ?? 'this'] as const,
      queryFn: () =>
        unwrap(api.GET('/api/rituals/review/month', { params: { query: month ? { month } : {} } })),
    }),
};
