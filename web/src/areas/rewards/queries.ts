import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type NewAuditItem = NonNullable<
  paths['/api/rewards/audit']['post']['requestBody']
>['content']['application/json'];

const key = ['rewards', 'audit'] as const;

export function useAudit() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/rewards/audit')) });
}

export function useAddAuditItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NewAuditItem; idempotencyKey: string }) =>
      unwrap(api.POST('/api/rewards/audit', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useRemoveAuditItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/rewards/audit/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
