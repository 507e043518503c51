import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export const coupleQueries = {
  /** The couple space: partners, domains and the open invite. */
  space: () => queryOptions({ queryKey: ['couple'] as const, queryFn: () => unwrap(api.GET('/api/couple')) }),
};
