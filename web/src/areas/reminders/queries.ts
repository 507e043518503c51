import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type Reminders = paths['/api/reminders']['get']['responses'][200]['content']['application/json'];
export type ReminderSettings = Reminders['settings'];

export const reminderQueries = {
  settings: () =>
    queryOptions({ queryKey: ['reminders'] as const, queryFn: () => unwrap(api.GET('/api/reminders')) }),
};
