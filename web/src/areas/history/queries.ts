import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

export type History = paths['/api/history']['get']['responses']['200']['content']['application/json'];
export type Annotation = History['annotations'][number];

export const historyQueries = {
  /** The whole training history the viewer may see: every metric per partner per day, and what happened. */
  all: () => queryOptions({ queryKey: ['history'] as const, queryFn: () => unwrap(api.GET('/api/history')) }),
};
