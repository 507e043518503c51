import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { ProposeMetric, SaveCheckin } from './queries.ts';

export function useSaveCheckin() {
  return useMutation({
    mutationFn: (body: SaveCheckin) => unwrap(api.POST('/api/checkins', { body })),
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
