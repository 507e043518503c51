import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type HintList = paths['/api/credit/hints']['get']['responses']['200']['content']['application/json'];
export type Hint = HintList['hints'][number];
export type Review = paths['/api/credit/review']['get']['responses']['200']['content']['application/json'];
export type LoopList = paths['/api/log/loops']['get']['responses']['200']['content']['application/json'];
export type Loop = LoopList['loops'][number];

export const creditQueries = {
  /** The hints this partner is shown (computed from what they may see; cached on the server). */
  hints: () =>
    queryOptions({
      queryKey: ['credit', 'hints'] as const,
      queryFn: () => unwrap(api.GET('/api/credit/hints')),
    }),
  /** Tonight's credit review: the partner's actions of today and yesterday. */
  review: () =>
    queryOptions({
      queryKey: ['credit', 'review'] as const,
      queryFn: () => unwrap(api.GET('/api/credit/review')),
    }),
  /** The loops in the log (recurring conflicts, broken promises, the reward-hacking cycle). */
  loops: () =>
    queryOptions({ queryKey: ['log', 'loops'] as const, queryFn: () => unwrap(api.GET('/api/log/loops')) }),
};
