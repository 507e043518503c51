import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export const coupleQueries = {
  /** The couple space: partners, domains and the open invite. */
  space: () => queryOptions({ queryKey: ['couple'] as const, queryFn: () => unwrap(api.GET('/api/couple')) }),
  /**
   * The same, asked again every few seconds while the partner has not joined: the inviting
   * partner's screen notices the join without a reload.
   */
  waitingForPartner: () =>
    queryOptions({
      ...coupleQueries.space(),
      refetchInterval: (q) => ((q.state.data?.partners.length ?? 2) < 2 ? 5000 : false),
    }),
};
