import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type CoachLink = Json<paths['/api/coach-links']['get']['responses'][200]>['links'][number];
export type CoachArea = CoachLink['areas'][number];
export type Digest = Json<paths['/api/coach']['get']['responses'][200]>['couples'][number];
export type Prep = Json<paths['/api/coach/couples/{coupleId}']['get']['responses'][200]>;
export type CoachSuggestions = Json<
  paths['/api/coach/couples/{coupleId}/suggestions']['get']['responses'][200]
>;
export type CoachSuggestion = CoachSuggestions['suggestions'][number];
export type Suggestion = Json<
  paths['/api/coach-suggestions']['get']['responses'][200]
>['suggestions'][number];
export type SuggestBody = NonNullable<
  paths['/api/coach/couples/{coupleId}/suggestions']['post']['requestBody']
>['content']['application/json'];

/** Every area a couple may let a coach see, in the order the forms offer them. */
export const COACH_AREAS: readonly CoachArea[] = [
  'checkins',
  'csi4',
  'habits',
  'rituals',
  'experiments',
  'anchors',
  'exploration',
  'log',
  'rewards',
  'alignment',
];

export const coachQueries = {
  /** The partner's side: the couple's coach links. */
  links: () =>
    queryOptions({
      queryKey: ['coach', 'links'] as const,
      queryFn: async () => (await unwrap(api.GET('/api/coach-links'))).links,
    }),
  /** The coach's side: home with each admitted couple's digest. */
  home: () =>
    queryOptions({ queryKey: ['coach', 'home'] as const, queryFn: () => unwrap(api.GET('/api/coach')) }),
  /** The partner's side: what their coaches suggested that neither has decided yet. */
  openSuggestions: () =>
    queryOptions({
      queryKey: ['coach', 'suggestions'] as const,
      queryFn: async () => (await unwrap(api.GET('/api/coach-suggestions'))).suggestions,
    }),
  /** The coach's side: their suggestions to one couple, with what was decided. */
  suggestions: (coupleId: string) =>
    queryOptions({
      queryKey: ['coach', 'suggestions', coupleId] as const,
      queryFn: () =>
        unwrap(api.GET('/api/coach/couples/{coupleId}/suggestions', { params: { path: { coupleId } } })),
    }),
  prep: (coupleId: string) =>
    queryOptions({
      queryKey: ['coach', 'prep', coupleId] as const,
      queryFn: () => unwrap(api.GET('/api/coach/couples/{coupleId}', { params: { path: { coupleId } } })),
    }),
};
