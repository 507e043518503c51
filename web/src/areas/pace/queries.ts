import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type PaceList = paths['/api/pace']['get']['responses'][200]['content']['application/json'];

export const paceQueries = {
  list: () => queryOptions({ queryKey: ['pace'] as const, queryFn: () => unwrap(api.GET('/api/pace')) }),
};
