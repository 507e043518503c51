import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

const key = ['pace'] as const;

export function usePace() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/pace')) });
}

export function useSetPace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      domain,
      maxActive,
      size,
    }: {
      domain: string;
      maxActive: number;
      size: 'small' | 'medium' | 'large';
    }) =>
      unwrap(api.PATCH('/api/pace/{domain}', { params: { path: { domain } }, body: { maxActive, size } })),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
