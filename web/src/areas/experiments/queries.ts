import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type Experiment =
  paths['/api/experiments/{id}']['get']['responses']['200']['content']['application/json'];
export type Proposal = NonNullable<
  paths['/api/experiments']['post']['requestBody']
>['content']['application/json'];

const key = ['experiments'] as const;

export function useExperiments() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/experiments')) });
}

export function usePropose() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Proposal; idempotencyKey: string }) =>
      unwrap(api.POST('/api/experiments', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

type Action =
  | { kind: 'accept'; id: string }
  | { kind: 'adherence'; id: string; date: string; done: boolean }
  | { kind: 'guess'; id: string; date: string; guess: 'A' | 'B' }
  | { kind: 'stop'; id: string; reason: string }
  | { kind: 'next'; id: string; step: 'adopt' | 'drop' | 'rerun'; cue?: string };

/** Every change to one experiment, each answered with the experiment as the server now shows it. */
export function useExperimentAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (a: Action) => {
      const path = { params: { path: { id: a.id } } };
      switch (a.kind) {
        case 'accept':
          return unwrap(api.POST('/api/experiments/{id}/accept', path));
        case 'adherence':
          return unwrap(
            api.POST('/api/experiments/{id}/adherence', { ...path, body: { date: a.date, done: a.done } }),
          );
        case 'guess':
          return unwrap(
            api.POST('/api/experiments/{id}/guesses', { ...path, body: { date: a.date, guess: a.guess } }),
          );
        case 'stop':
          return unwrap(api.POST('/api/experiments/{id}/stop', { ...path, body: { reason: a.reason } }));
        case 'next':
          return unwrap(
            api.POST('/api/experiments/{id}/next', {
              ...path,
              body: a.cue ? { step: a.step, cue: a.cue } : { step: a.step },
            }),
          );
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
