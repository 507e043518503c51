import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { Couple } from '../../api/types.ts';
import { coupleQueries } from './queries.ts';

export interface Profile {
  displayName: string;
  timeZone: string;
}

/**
 * Stores a fresh couple answer at once; `before` runs while the set-up screen is still mounted
 * (e.g. to navigate), then the "couple" change refreshes "me", which swaps it for the app.
 */
function useCoupleAnswer(before?: () => void) {
  const client = useQueryClient();
  return (couple: Couple) => {
    client.setQueryData(coupleQueries.space().queryKey, couple);
    before?.();
  };
}

/** `onCreated` runs before the app learns about the new couple (e.g. to navigate). */
export function useCreateCouple(onCreated?: () => void) {
  const answer = useCoupleAnswer(onCreated);
  return useMutation({
    mutationFn: (body: Profile) => unwrap(api.POST('/api/couple', { body })),
    onSuccess: answer,
    meta: { changes: ['couple'], showsError: true },
  });
}

export function useJoinCouple(onJoined?: () => void) {
  const answer = useCoupleAnswer(onJoined);
  return useMutation({
    mutationFn: (body: Profile & { code: string }) => unwrap(api.POST('/api/couple/join', { body })),
    onSuccess: answer,
    meta: { changes: ['couple'], showsError: true },
  });
}

export function useUpdateProfile() {
  const answer = useCoupleAnswer();
  return useMutation({
    mutationFn: (body: Partial<Profile>) => unwrap(api.PATCH('/api/couple/me', { body })),
    onSuccess: answer,
    meta: { changes: ['couple'], showsError: true },
  });
}

/** A couple setting, e.g. whether new log entries start shared or private. */
export function useUpdateCoupleSettings() {
  const answer = useCoupleAnswer();
  return useMutation({
    mutationFn: (body: { logDefaultVisibility: 'shared' | 'private' }) =>
      unwrap(api.PATCH('/api/couple/settings', { body })),
    onSuccess: answer,
    meta: { changes: ['couple'], showsError: true },
  });
}

export function useCreateInvite() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/couple/invites')),
    meta: { changes: ['couple'], showsError: true },
  });
}

export function useWithdrawInvite() {
  const answer = useCoupleAnswer();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/couple/invites')),
    onSuccess: answer,
    meta: { changes: ['couple'], showsError: true },
  });
}

export function useAddDomain() {
  return useMutation({
    mutationFn: (label: string) => unwrap(api.POST('/api/couple/domains', { body: { label } })),
    meta: { changes: ['couple'], showsError: true },
  });
}
