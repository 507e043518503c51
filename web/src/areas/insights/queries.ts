import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type Insights = paths['/api/insights']['get']['responses']['200']['content']['application/json'];
export type Change = Insights['changes'][number];
export type FailureBody = NonNullable<
  paths['/api/insights/failures']['post']['requestBody']
>['content']['application/json'];
export type ReflectionBody = NonNullable<
  paths['/api/insights/reflections']['post']['requestBody']
>['content']['application/json'];

export const insightQueries = {
  all: () =>
    queryOptions({ queryKey: ['insights'] as const, queryFn: () => unwrap(api.GET('/api/insights')) }),
  /** The last complete month's training report. */
  report: () =>
    queryOptions({
      queryKey: ['insights', 'report'] as const,
      queryFn: () => unwrap(api.GET('/api/insights/report')),
    }),
};
