import {
  keepPreviousData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import type { CreateEntry, Entry, ListQuery, PromiseState } from '../../api/types.ts';

const logKey = ['log'] as const;
const PAGE = 30;

export type LogFilters = Omit<ListQuery, 'limit' | 'cursor'>;

/** The timeline, newest first, one page at a time ("Show older" loads the next). */
export function useLog(filters: LogFilters) {
  return useInfiniteQuery({
    queryKey: [...logKey, 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/log', { params: { query: { ...filters, limit: PAGE, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a filter change loads, the old list stays instead of a flash of "Loading…".
    placeholderData: keepPreviousData,
  });
}

/** Recent conflicts, for a repair to point at. */
export function useRecentConflicts() {
  return useQuery({
    queryKey: [...logKey, 'conflicts'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/log', { params: { query: { kind: ['conflict'], limit: 30 } } }))).entries,
  });
}

export function useEntry(id: string) {
  return useQuery({
    queryKey: [...logKey, 'entry', id],
    queryFn: () => unwrap(api.GET('/api/log/{id}', { params: { path: { id } } })),
  });
}

function useLogChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: logKey });
}

export function useCreateEntry() {
  const changed = useLogChanged();
  return useMutation({
    // The key makes a retried submit (a flaky phone connection) land once.
    mutationFn: ({ body, key }: { body: CreateEntry; key: string }) =>
      unwrap(api.POST('/api/log', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: changed,
  });
}

export function useUpdateEntry(id: string) {
  const changed = useLogChanged();
  return useMutation({
    mutationFn: (body: Partial<CreateEntry>) =>
      unwrap(api.PATCH('/api/log/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useMarkPromise() {
  const changed = useLogChanged();
  return useMutation({
    mutationFn: ({ id, state }: { id: string; state: PromiseState }) =>
      unwrap(api.POST('/api/log/{id}/promise', { params: { path: { id } }, body: { state } })),
    onSuccess: changed,
  });
}

export function useDeleteEntry() {
  const changed = useLogChanged();
  return useMutation({
    mutationFn: (entry: Entry) => unwrap(api.DELETE('/api/log/{id}', { params: { path: { id: entry.id } } })),
    onSuccess: changed,
  });
}

/**
 * Undoes a delete. A plain function, not a hook: the Undo button lives in a toast that outlasts
 * the deleted entry's card.
 */
export async function restoreEntry(client: QueryClient, id: string): Promise<Entry> {
  const entry = await unwrap(api.POST('/api/log/{id}/restore', { params: { path: { id } } }));
  await client.invalidateQueries({ queryKey: logKey });
  return entry;
}

export type ImportBody = NonNullable<
  paths['/api/log/import']['post']['requestBody']
>['content']['application/json'];

/** What a file holds and every problem in it; changes nothing. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (body: ImportBody) => unwrap(api.POST('/api/log/import/preview', { body })),
  });
}

/** Imports a file in one transaction; a re-import adds nothing twice. */
export function useImport() {
  const changed = useLogChanged();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportBody) => unwrap(api.POST('/api/log/import', { body })),
    onSuccess: () => {
      changed();
      // Hashtags may have added domains.
      void client.invalidateQueries({ queryKey: ['couple'] });
    },
  });
}
