import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type Overview = Json<paths['/api/exploration']['get']['responses'][200]>;
export type Try = Overview['tries'][number];
export type Draw = Overview['draws'][number];
export type Idea = Json<paths['/api/exploration/ideas']['get']['responses'][200]>['ideas'][number];

export const explorationQueries = {
  /** This month's zone, the 80/20 budget, the tries and the latest suggestions. */
  overview: () =>
    queryOptions({
      queryKey: ['exploration', 'overview'] as const,
      queryFn: () => unwrap(api.GET('/api/exploration')),
    }),
  /** The whole idea pool (starter ideas and the couple's own), with how each went. */
  ideas: () =>
    queryOptions({
      queryKey: ['exploration', 'ideas'] as const,
      queryFn: () => unwrap(api.GET('/api/exploration/ideas')),
    }),
};
