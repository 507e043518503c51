import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Applies `update` to every cached query under `queryKey` at once (a tap feels instant) and
 * returns the undo for when the server refuses. Running fetches are cancelled first, so an old
 * answer cannot overwrite the guess.
 */
export async function patchCached<T>(
  client: QueryClient,
  queryKey: QueryKey,
  update: (old: T) => T,
): Promise<() => void> {
  await client.cancelQueries({ queryKey });
  const before = client.getQueriesData<T>({ queryKey });
  client.setQueriesData<T>({ queryKey }, (old) => (old === undefined ? old : update(old)));
  return () => {
    for (const [key, data] of before) client.setQueryData(key, data);
  };
}
