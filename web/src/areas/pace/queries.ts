import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export const paceQueries = {
  list: () => queryOptions({ queryKey: ['pace'] as const, queryFn: () => unwrap(api.GET('/api/pace')) }),
};
