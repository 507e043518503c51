import { type InfiniteData, type QueryClient, useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { refreshAfter } from '../../api/freshness.ts';
import { patchCached } from '../../api/optimistic.ts';
import { enqueue, isOffline } from '../../api/outbox.ts';
import type { paths } from '../../api/schema.d.ts';
import type { CreateEntry, Entry, EntryList, PromiseState } from '../../api/types.ts';
import { logQueries } from './queries.ts';

/**
 * Adds an entry. The key makes a retried submit (a flaky phone connection) land once; offline,
 * the entry waits in the outbox with that same key and is sent when the connection returns.
 */
export function useCreateEntry() {
  return useMutation({
    networkMode: 'always',
    mutationFn: async ({
      body,
      key,
    }: {
      body: CreateEntry;
      key: string;
    }): Promise<Entry | { queued: true }> => {
      const queue = async () => {
        await enqueue({ key, kind: 'entry', body });
        return { queued: true as const };
      };
      if (!navigator.onLine) return queue();
      try {
        return await unwrap(api.POST('/api/log', { body, headers: { 'Idempotency-Key': key } }));
      } catch (e) {
        if (isOffline(e)) return queue();
        throw e;
      }
    },
    meta: { changes: ['log'], showsError: true },
  });
}

export function useUpdateEntry(id: string) {
  return useMutation({
    mutationFn: (body: Partial<CreateEntry>) =>
      unwrap(api.PATCH('/api/log/{id}', { params: { path: { id } }, body })),
    meta: { changes: ['log'], showsError: true },
  });
}

/** One entry changed in place, wherever the cache holds it (lists and the entry itself). */
function patchEntry(client: QueryClient, id: string, patch: Partial<Entry>) {
  const apply = (e: Entry) => (e.id === id ? { ...e, ...patch } : e);
  return patchCached<InfiniteData<EntryList> | Entry | Entry[]>(client, logQueries.all, (old) => {
    if (Array.isArray(old)) return old.map(apply);
    if ('pages' in old)
      return { ...old, pages: old.pages.map((p) => ({ ...p, entries: p.entries.map(apply) })) };
    return apply(old);
  });
}

/** Kept, broken or open again: the badge changes on the tap; the server's answer follows. */
export function useMarkPromise() {
  return useMutation({
    mutationFn: ({ id, state }: { id: string; state: PromiseState }) =>
      unwrap(api.POST('/api/log/{id}/promise', { params: { path: { id } }, body: { state } })),
    onMutate: ({ id, state }, { client }) => patchEntry(client, id, { promiseState: state }),
    onError: (_error, _vars, undo) => undo?.(),
    meta: { changes: ['log'] },
  });
}

export function useDeleteEntry() {
  return useMutation({
    mutationFn: (entry: Entry) => unwrap(api.DELETE('/api/log/{id}', { params: { path: { id: entry.id } } })),
    meta: { changes: ['log'] },
  });
}

/**
 * Undoes a delete. A plain function, not a hook: the Undo button lives in a toast that outlasts
 * the deleted entry's card.
 */
export async function restoreEntry(client: QueryClient, id: string): Promise<Entry> {
  const entry = await unwrap(api.POST('/api/log/{id}/restore', { params: { path: { id } } }));
  await refreshAfter(client, ['log']);
  return entry;
}

export type ImportBody = NonNullable<
  paths['/api/log/import']['post']['requestBody']
>['content']['application/json'];

/** What a file holds and every problem in it; changes nothing. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (body: ImportBody) => unwrap(api.POST('/api/log/import/preview', { body })),
    meta: { showsError: true },
  });
}

/** Imports a file in one transaction: entries, check-ins, habits, and domains from hashtags. */
export function useImport() {
  return useMutation({
    mutationFn: (body: ImportBody) => unwrap(api.POST('/api/log/import', { body })),
    meta: { changes: ['log', 'checkins', 'habits', 'couple'], showsError: true },
  });
}
