import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';

/** The account's queries; every key starts with its area (see api/freshness.ts). */
export const accountQueries = {
  /** Who is logged in; null when nobody is (a 401 is an answer here, not an error). */
  me: () =>
    queryOptions({
      queryKey: ['me'] as const,
      queryFn: async (): Promise<Me | null> => {
        try {
          return await unwrap(api.GET('/api/account'));
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) return null;
          throw error;
        }
      },
      staleTime: 60_000,
    }),
  passkeys: () =>
    queryOptions({
      queryKey: ['sessions', 'passkeys'] as const,
      queryFn: async () => (await unwrap(api.GET('/api/account/passkeys'))).passkeys,
    }),
  sessions: () =>
    queryOptions({
      queryKey: ['sessions'] as const,
      queryFn: async () => (await unwrap(api.GET('/api/account/sessions'))).sessions,
    }),
};
