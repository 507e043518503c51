import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { Couple } from '../../api/types.ts';
import { meKey } from '../account/queries.ts';

export const coupleKey = ['couple'] as const;

/** The couple space: partners, domains and the open invite. */
export function useCouple() {
  return useQuery({ queryKey: coupleKey, queryFn: () => unwrap(api.GET('/api/couple')) });
}

/** Stores a fresh couple answer and refreshes "who am I" (it carries the couple too). */
function useCoupleChanged(before?: () => void) {
  const client = useQueryClient();
  return async (couple: Couple) => {
    client.setQueryData(coupleKey, couple);
    // Runs while the set-up screen is still mounted: the new "me" swaps it for the app.
    before?.();
    await client.invalidateQueries({ queryKey: meKey });
  };
}

export interface Profile {
  displayName: string;
  timeZone: string;
}

/** `onCreated` runs before the app learns about the new couple (e.g. to navigate). */
export function useCreateCouple(onCreated?: () => void) {
  const changed = useCoupleChanged(onCreated);
  return useMutation({
    mutationFn: (body: Profile) => unwrap(api.POST('/api/couple', { body })),
    onSuccess: changed,
  });
}

export function useJoinCouple(onJoined?: () => void) {
  const changed = useCoupleChanged(onJoined);
  return useMutation({
    mutationFn: (body: Profile & { code: string }) => unwrap(api.POST('/api/couple/join', { body })),
    onSuccess: changed,
  });
}

export function useUpdateProfile() {
  const changed = useCoupleChanged();
  return useMutation({
    mutationFn: (body: Partial<Profile>) => unwrap(api.PATCH('/api/couple/me', { body })),
    onSuccess: changed,
  });
}

export function useCreateInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/couple/invites')),
    onSuccess: () => client.invalidateQueries({ queryKey: coupleKey }),
  });
}

export function useWithdrawInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/couple/invites')),
    onSuccess: (couple) => client.setQueryData(coupleKey, couple),
  });
}

export function useAddDomain() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => unwrap(api.POST('/api/couple/domains', { body: { label } })),
    onSuccess: () => client.invalidateQueries({ queryKey: coupleKey }),
  });
}
