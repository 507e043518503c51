import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { checkinKey, enqueue, isOffline } from '../../api/outbox.ts';
import type { Checkin, ProposeMetric, SaveCheckin } from './queries.ts';

/** What a save gives back: the stored check-in, or word that it waits on this device. */
export type Saved = Checkin | { queued: true };

/**
 * Saves a check-in. Offline it is kept on the device (the outbox) and sent when the connection
 * returns, instead of a "Saving…" that never ends.
 */
export function useSaveCheckin() {
  return useMutation({
    // Runs offline too: the outbox, not a paused mutation, holds what could not go.
    networkMode: 'always',
    mutationFn: async (body: SaveCheckin): Promise<Saved> => {
      const queue = async () => {
        await enqueue({ key: checkinKey(body.date), kind: 'checkin', body });
        return { queued: true as const };
      };
      if (!navigator.onLine) return queue();
      try {
        return await unwrap(api.POST('/api/checkins', { body }));
      } catch (e) {
        if (isOffline(e)) return queue();
        throw e;
      }
    },
    meta: { changes: ['checkins'], showsError: true },
  });
}

export function useProposeMetric() {
  return useMutation({
    mutationFn: (body: ProposeMetric) => unwrap(api.POST('/api/checkins/metrics', { body })),
    meta: { changes: ['checkins'], showsError: true },
  });
}

export function useAcceptMetric() {
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/checkins/metrics/{id}/accept', { params: { path: { id } } })),
    meta: { changes: ['checkins'] },
  });
}

export function useRetireMetric() {
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/checkins/metrics/{id}/retire', { params: { path: { id } } })),
    meta: { changes: ['checkins'], showsError: true },
  });
}

export function useAnswerCsi4() {
  return useMutation({
    mutationFn: (body: { items: number[]; visibility: 'shared' | 'private' }) =>
      unwrap(api.POST('/api/checkins/csi4', { body })),
    meta: { changes: ['checkins'], showsError: true },
  });
}
