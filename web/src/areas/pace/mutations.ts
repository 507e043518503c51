import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export function useSetPace() {
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
    meta: { changes: ['pace'], showsError: true },
  });
}
