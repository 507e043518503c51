import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { CoachArea, SuggestBody } from './queries.ts';

export function useInviteCoach() {
  return useMutation({
    mutationFn: (areas: CoachArea[]) => unwrap(api.POST('/api/coach-links', { body: { areas } })),
    meta: { changes: ['coach'], showsError: true },
  });
}

export function useConsent() {
  return useMutation({
    mutationFn: ({ linkId, areas }: { linkId: string; areas: CoachArea[] }) =>
      unwrap(
        api.POST('/api/coach-links/{linkId}/consent', { params: { path: { linkId } }, body: { areas } }),
      ),
    meta: { changes: ['coach'], showsError: true },
  });
}

export function useRevoke() {
  return useMutation({
    mutationFn: (linkId: string) =>
      unwrap(api.DELETE('/api/coach-links/{linkId}', { params: { path: { linkId } } })),
    meta: { changes: ['coach'], showsError: true },
  });
}

export function useBecomeCoach() {
  return useMutation({
    mutationFn: (displayName: string) => unwrap(api.POST('/api/coach/profile', { body: { displayName } })),
    meta: { changes: ['me'], showsError: true },
  });
}

export function useJoinAsCoach() {
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/coach/join', { body: { code } })),
    meta: { changes: ['coach'], showsError: true },
  });
}

export function useNoteSession(coupleId: string) {
  return useMutation({
    mutationFn: (date: string) =>
      unwrap(
        api.POST('/api/coach/couples/{coupleId}/session', { params: { path: { coupleId } }, body: { date } }),
      ),
    meta: { changes: ['coach'], showsError: true },
  });
}

export function useSuggest(coupleId: string) {
  return useMutation({
    mutationFn: (body: SuggestBody) =>
      unwrap(api.POST('/api/coach/couples/{coupleId}/suggestions', { params: { path: { coupleId } }, body })),
    meta: { changes: ['coach'], showsError: true },
  });
}

/** Accepting makes the habit, ritual, experiment or idea: those areas change too. */
export function useAcceptSuggestion() {
  return useMutation({
    mutationFn: (suggestionId: string) =>
      unwrap(
        api.POST('/api/coach-suggestions/{suggestionId}/accept', { params: { path: { suggestionId } } }),
      ),
    meta: { changes: ['coach', 'habits', 'rituals', 'experiments', 'exploration'], showsError: true },
  });
}

export function useDeclineSuggestion() {
  return useMutation({
    mutationFn: ({ suggestionId, reason }: { suggestionId: string; reason: string }) =>
      unwrap(
        api.POST('/api/coach-suggestions/{suggestionId}/decline', {
          params: { path: { suggestionId } },
          body: reason.trim() ? { reason: reason.trim() } : {},
        }),
      ),
    meta: { changes: ['coach'], showsError: true },
  });
}
