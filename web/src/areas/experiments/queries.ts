import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type Experiment =
  paths['/api/experiments/{id}']['get']['responses']['200']['content']['application/json'];
export type ExperimentList =
  paths['/api/experiments']['get']['responses']['200']['content']['application/json'];
export type Proposal = NonNullable<
  paths['/api/experiments']['post']['requestBody']
>['content']['application/json'];

export const experimentQueries = {
  /** The couple's experiments, each as this partner may see it (blinding included). */
  list: () =>
    queryOptions({ queryKey: ['experiments'] as const, queryFn: () => unwrap(api.GET('/api/experiments')) }),
};
