import type { paths } from './schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type Me = Json<paths['/api/account']['get']['responses'][200]>;
export type Session = Json<paths['/api/account/sessions']['get']['responses'][200]>['sessions'][number];
export type Couple = Json<paths['/api/couple']['get']['responses'][200]>;
export type Partner = Couple['partners'][number];
export type Domain = Couple['domains'][number];
export type Invite = Json<paths['/api/couple/invites']['post']['responses'][201]>;
export type EntryList = Json<paths['/api/log']['get']['responses'][200]>;
export type Entry = EntryList['entries'][number];
export type Kind = Entry['kind'];
export type PromiseState = NonNullable<Entry['promiseState']>;
export type Visibility = Entry['visibility'];
export type ListQuery = NonNullable<paths['/api/log']['get']['parameters']['query']>;
export type CreateEntry = NonNullable<
  paths['/api/log']['post']['requestBody']
>['content']['application/json'];

/** Every kind, in the order the form offers them. */
export const KINDS: readonly Kind[] = [
  'conflict',
  'repair',
  'promise',
  'appreciation',
  'gesture',
  'life_event',
  'note',
];
