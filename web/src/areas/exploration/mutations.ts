import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export function useAddIdea() {
  return useMutation({
    mutationFn: (body: { domain: string; text: string }) =>
      unwrap(api.POST('/api/exploration/ideas', { body })),
    meta: { changes: ['exploration'], showsError: true },
  });
}

/** A Thompson draw in this month's zone; the server records the chance each idea had. */
export function useSuggest() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/exploration/draws', { body: {} })),
    meta: { changes: ['exploration'], showsError: true },
  });
}

export function useStartTry() {
  return useMutation({
    mutationFn: (body: { ideaId: string; drawId?: string; returnPlan?: string }) =>
      unwrap(api.POST('/api/exploration/tries', { body })),
    meta: { changes: ['exploration'], showsError: true },
  });
}

type TryAction = { id: string; rating: number } | { id: string; outcome: 'keep' | 'return' };

/** Rate a try (1–5), or decide on it: keep it, or go back to normal. */
export function useTryAction() {
  return useMutation({
    mutationFn: (a: TryAction) =>
      'rating' in a
        ? unwrap(
            api.POST('/api/exploration/tries/{id}/ratings', {
              params: { path: { id: a.id } },
              body: { rating: a.rating },
            }),
          )
        : unwrap(
            api.POST('/api/exploration/tries/{id}/end', {
              params: { path: { id: a.id } },
              body: { outcome: a.outcome },
            }),
          ),
    meta: { changes: ['exploration'], showsError: true },
  });
}
