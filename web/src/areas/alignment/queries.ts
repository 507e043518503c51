import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
export type Overview = Json<paths['/api/alignment']['get']['responses']['200']>;
export type Round = Json<paths['/api/alignment/rounds/{id}']['get']['responses']['200']>;
export type Answer = NonNullable<Round['mine']>;
export type Reveal = NonNullable<Round['reveal']>;
export type Drift = Json<paths['/api/alignment/drift']['get']['responses']['200']>;

export const alignmentQueries = {
  /** The rounds with both partners' status, and whether this quarter's is offered. */
  overview: () =>
    queryOptions({
      queryKey: ['alignment', 'overview'] as const,
      queryFn: () => unwrap(api.GET('/api/alignment')),
    }),
  /** One round: my answer, the partner's status, the reveal once both submitted. */
  round: (id: string) =>
    queryOptions({
      queryKey: ['alignment', 'round', id] as const,
      queryFn: () => unwrap(api.GET('/api/alignment/rounds/{id}', { params: { path: { id } } })),
    }),
  /** Each dimension's gap over the revealed rounds. */
  drift: () =>
    queryOptions({
      queryKey: ['alignment', 'drift'] as const,
      queryFn: () => unwrap(api.GET('/api/alignment/drift')),
    }),
};
