import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { showToast } from '../ui/toast.ts';
import { ApiError, errorMessage } from './client.ts';
import { type Area, refreshAfter } from './freshness.ts';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The areas this change writes; `freshness.ts` knows who else reads them. */
      changes?: readonly Area[];
      /** The screen shows this mutation's error itself (next to a field, in a form); no toast. */
      showsError?: boolean;
    };
  }
}

/**
 * The one QueryClient. Every mutation's success (or failure, after an optimistic guess) refreshes
 * the areas it changed and their readers; every error a screen does not show lands in a toast,
 * so no failure is silent.
 */
export function makeQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that ended elsewhere (logged out on another device): back to the welcome screen.
      onError: (error, query) => {
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== 'me')
          client.setQueryData(['me'], null);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _result, mutation) => {
        // A wrong password is a 401 too (invalid_credentials); only an ended session signs out.
        if (error instanceof ApiError && error.code === 'unauthenticated') client.setQueryData(['me'], null);
        else if (!mutation.meta?.showsError) showToast({ message: errorMessage(error) });
      },
      onSettled: (_data, _error, _vars, _result, mutation) => {
        const changes = mutation.meta?.changes;
        // Returned, so the mutation stays pending until the screens it changed are fresh.
        if (changes?.length) return refreshAfter(client, changes);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // The server's 4xx answers are final; only network trouble and 5xx are worth a retry.
        retry: (count, error) =>
          count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
  return client;
}
