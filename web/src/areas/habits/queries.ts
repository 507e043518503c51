import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type HabitList = Json<paths['/api/habits']['get']['responses'][200]>;
export type Habit = HabitList['habits'][number];
export type CheckoffResult = Json<paths['/api/habits/{id}/checkoffs']['post']['responses'][201]>;
export type CreateHabit = NonNullable<
  paths['/api/habits']['post']['requestBody']
>['content']['application/json'];
export type UpdateHabit = NonNullable<
  paths['/api/habits/{id}']['patch']['requestBody']
>['content']['application/json'];
export type StatusChange = NonNullable<
  paths['/api/habits/{id}/status']['post']['requestBody']
>['content']['application/json'];

export const habitQueries = {
  /** The habits screen: every habit of the couple with its numbers. */
  list: () => queryOptions({ queryKey: ['habits'] as const, queryFn: () => unwrap(api.GET('/api/habits')) }),
};
