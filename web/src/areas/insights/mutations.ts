import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { FailureBody, ReflectionBody } from './queries.ts';

export function useSaveFailure() {
  return useMutation({
    mutationFn: (body: FailureBody) => unwrap(api.POST('/api/insights/failures', { body })),
    meta: { changes: ['insights'], showsError: true },
  });
}

export function useReflect() {
  return useMutation({
    mutationFn: (body: ReflectionBody) => unwrap(api.POST('/api/insights/reflections', { body })),
    meta: { changes: ['insights'], showsError: true },
  });
}
