import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type ReviewBody = NonNullable<
  paths['/api/credit/review']['post']['requestBody']
>['content']['application/json'];
type DecisionBody = NonNullable<
  paths['/api/credit/hints/decision']['post']['requestBody']
>['content']['application/json'];

/** Confirm or dismiss a hint. */
export function useDecide() {
  return useMutation({
    mutationFn: (body: DecisionBody) => unwrap(api.POST('/api/credit/hints/decision', { body })),
    meta: { changes: ['credit'], showsError: true },
  });
}

/** Save tonight's credit review (an appreciation in the log). */
export function useSaveReview() {
  return useMutation({
    mutationFn: (body: ReviewBody) => unwrap(api.POST('/api/credit/review', { body })),
    meta: { changes: ['log', 'credit'], showsError: false },
  });
}
