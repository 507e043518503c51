import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import type { Answer } from './queries.ts';

type MetricBody = NonNullable<
  paths['/api/alignment/rounds/{id}/metrics']['post']['requestBody']
>['content']['application/json'];

export function useOpenRound() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/alignment/rounds', { body: {} })),
    meta: { changes: ['alignment'], showsError: true },
  });
}

/** Saves the draft, and submits it too when `submit` is set (so nothing typed is lost). */
export function useSaveAnswer() {
  return useMutation({
    mutationFn: async ({ id, answer, submit }: { id: string; answer: Answer; submit: boolean }) => {
      const path = { params: { path: { id } } };
      const saved = await unwrap(api.PATCH('/api/alignment/rounds/{id}/answer', { ...path, body: answer }));
      return submit ? unwrap(api.POST('/api/alignment/rounds/{id}/submit', path)) : saved;
    },
    meta: { changes: ['alignment'], showsError: true },
  });
}

export function useDefineMetric() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MetricBody }) =>
      unwrap(api.POST('/api/alignment/rounds/{id}/metrics', { params: { path: { id } }, body })),
    meta: { changes: ['alignment', 'checkins'], showsError: true },
  });
}
