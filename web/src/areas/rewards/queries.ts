import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type NewAuditItem = NonNullable<
  paths['/api/rewards/audit']['post']['requestBody']
>['content']['application/json'];

export const rewardQueries = {
  audit: () =>
    queryOptions({
      queryKey: ['rewards', 'audit'] as const,
      queryFn: () => unwrap(api.GET('/api/rewards/audit')),
    }),
};
