import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type AnchorList = Json<paths['/api/anchors']['get']['responses'][200]>;
export type Anchor = AnchorList['anchors'][number];
export type StressPeriod = NonNullable<AnchorList['stress']>;
export type CreateAnchor = NonNullable<
  paths['/api/anchors']['post']['requestBody']
>['content']['application/json'];
export type Session = Json<paths['/api/anchors/archive/{id}']['get']['responses'][200]>;
export type Pattern = Session['patterns'][number];
export type Roles = Json<paths['/api/anchors/roles']['get']['responses'][200]>;

export const anchorQueries = {
  /** Every anchor with its lapse test, the open stress period and the past ones. */
  list: () =>
    queryOptions({ queryKey: ['anchors', 'list'] as const, queryFn: () => unwrap(api.GET('/api/anchors')) }),
  /** Snapshots of good periods, newest first. */
  archive: () =>
    queryOptions({
      queryKey: ['anchors', 'archive'] as const,
      queryFn: () => unwrap(api.GET('/api/anchors/archive')),
    }),
  /** A restoration session: what the couple did then, beside what they do now. */
  session: (id: string) =>
    queryOptions({
      queryKey: ['anchors', 'archive', id] as const,
      queryFn: () => unwrap(api.GET('/api/anchors/archive/{id}', { params: { path: { id } } })),
    }),
  roles: () =>
    queryOptions({
      queryKey: ['anchors', 'roles'] as const,
      queryFn: () => unwrap(api.GET('/api/anchors/roles')),
    }),
  /** Shared life events, for a stress period to open from. */
  lifeEvents: () =>
    queryOptions({
      queryKey: ['log', 'life-events'] as const,
      queryFn: async () =>
        (await unwrap(api.GET('/api/log', { params: { query: { kind: ['life_event'], limit: 20 } } })))
          .entries,
    }),
};
