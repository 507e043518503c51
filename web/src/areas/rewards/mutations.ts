import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { NewAuditItem } from './queries.ts';

export function useAddAuditItem() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NewAuditItem; idempotencyKey: string }) =>
      unwrap(api.POST('/api/rewards/audit', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    meta: { changes: ['rewards'], showsError: true },
  });
}

export function useRemoveAuditItem() {
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/rewards/audit/{id}', { params: { path: { id } } })),
    meta: { changes: ['rewards'], showsError: true },
  });
}
