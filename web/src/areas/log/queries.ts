import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { ListQuery } from '../../api/types.ts';

const PAGE = 30;

export type LogFilters = Omit<ListQuery, 'limit' | 'cursor'>;

export const logQueries = {
  all: ['log'] as const,
  /** The timeline, newest first, one page at a time ("Show older" loads the next). */
  list: (filters: LogFilters) =>
    infiniteQueryOptions({
      queryKey: ['log', 'list', filters] as const,
      initialPageParam: undefined as string | undefined,
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/log', { params: { query: { ...filters, limit: PAGE, cursor: pageParam } } })),
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      // While a filter change loads, the old list stays instead of a flash of "Loading…".
      placeholderData: keepPreviousData,
    }),
  /** Recent conflicts, for a repair to point at. */
  conflicts: () =>
    queryOptions({
      queryKey: ['log', 'conflicts'] as const,
      queryFn: async () =>
        (await unwrap(api.GET('/api/log', { params: { query: { kind: ['conflict'], limit: 30 } } }))).entries,
    }),
  /** My first appreciation, if any: the first-run path ticks its step off. */
  myFirstAppreciation: () =>
    queryOptions({
      queryKey: ['log', 'my-appreciation'] as const,
      queryFn: async () =>
        (
          await unwrap(
            api.GET('/api/log', { params: { query: { kind: ['appreciation'], author: 'me', limit: 1 } } }),
          )
        ).entries,
    }),
  /** Repairs of the last few days: which recent conflicts already have one. */
  recentRepairs: (today: string) =>
    queryOptions({
      queryKey: ['log', 'recent-repairs', today] as const,
      queryFn: async () =>
        (
          await unwrap(
            api.GET('/api/log', {
              params: {
                query: {
                  kind: ['repair'],
                  from: new Date(Date.parse(`${today}T00:00:00Z`) - 7 * 86_400_000)
                    .toISOString()
                    .slice(0, 10),
                  limit: 200,
                },
              },
            }),
          )
        ).entries,
    }),
  entry: (id: string) =>
    queryOptions({
      queryKey: ['log', 'entry', id] as const,
      queryFn: () => unwrap(api.GET('/api/log/{id}', { params: { path: { id } } })),
    }),
};
